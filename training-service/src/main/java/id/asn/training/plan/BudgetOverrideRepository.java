package id.asn.training.plan;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Recorded budget overrides. */
@ApplicationScoped
public class BudgetOverrideRepository extends TenantRepository<BudgetOverride> {
}
