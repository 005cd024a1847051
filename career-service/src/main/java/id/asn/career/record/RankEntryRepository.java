package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's rank entry rows. */
@ApplicationScoped
public class RankEntryRepository extends TenantRepository<RankEntry> {
}
