package id.asn.career.record;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's education entry rows. */
@ApplicationScoped
public class EducationEntryRepository extends TenantRepository<EducationEntry> {
}
