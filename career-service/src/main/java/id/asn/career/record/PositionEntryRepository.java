package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's position entry rows. */
@ApplicationScoped
public class PositionEntryRepository extends TenantRepository<PositionEntry> {
}
