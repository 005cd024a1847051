package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's sanction rows. */
@ApplicationScoped
public class SanctionRepository extends TenantRepository<Sanction> {
}
