package id.asn.career.succession;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's critical positions. */
@ApplicationScoped
public class CriticalPositionRepository extends TenantRepository<CriticalPosition> {
}
