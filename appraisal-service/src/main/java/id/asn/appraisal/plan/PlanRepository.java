package id.asn.appraisal.plan;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Performance plans and their change history. */
@ApplicationScoped
public class PlanRepository extends TenantRepository<PerformancePlan> {

    public boolean exists(UUID periodId, String nip) {
        return scoped("periodId = :period and nip = :nip", Map.of("period", periodId, "nip", nip)).count() > 0;
    }

    /** A plan's changes, oldest first. */
    public List<PlanChange> changes(UUID planId) {
        return getEntityManager().createQuery("""
                        from PlanChange where tenantId = :tenant and planId = :plan order by createdAt, id""",
                        PlanChange.class)
                .setParameter("tenant", TenantContext.current())
                .setParameter("plan", planId)
                .getResultList();
    }

    public void record(PlanChange change) {
        getEntityManager().persist(change);
    }
}
