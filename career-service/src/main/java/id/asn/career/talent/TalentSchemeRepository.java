package id.asn.career.talent;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's 9-box schemes, one per year. */
@ApplicationScoped
public class TalentSchemeRepository extends TenantRepository<TalentScheme> {
}
