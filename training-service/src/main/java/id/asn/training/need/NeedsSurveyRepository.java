package id.asn.training.need;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Needs surveys. */
@ApplicationScoped
public class NeedsSurveyRepository extends TenantRepository<NeedsSurvey> {
}
