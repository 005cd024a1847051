package id.asn.training.plan;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Annual plans. */
@ApplicationScoped
public class PlanRepository extends TenantRepository<TrainingPlan> {
}
