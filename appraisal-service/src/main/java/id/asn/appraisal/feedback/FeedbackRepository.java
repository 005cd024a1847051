package id.asn.appraisal.feedback;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Continuous feedback entries. */
@ApplicationScoped
public class FeedbackRepository extends TenantRepository<FeedbackEntry> {
}
