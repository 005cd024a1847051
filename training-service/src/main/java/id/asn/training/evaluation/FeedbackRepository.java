package id.asn.training.evaluation;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Participant feedback. */
@ApplicationScoped
public class FeedbackRepository extends TenantRepository<Feedback> {
}
