package id.asn.training.plan;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Items of plans. */
@ApplicationScoped
public class PlanItemRepository extends TenantRepository<PlanItem> {
}
