package id.asn.career.award;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's awards. */
@ApplicationScoped
public class AwardRepository extends TenantRepository<Award> {
}
