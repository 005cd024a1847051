package id.asn.appraisal.criteria;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Criteria and their comments. */
@ApplicationScoped
public class CriterionRepository extends TenantRepository<Criterion> {

    public List<Criterion> ofUnit(UUID periodId, String unitId) {
        return scoped("periodId = :period and unitId = :unit", Map.of("period", periodId, "unit", unitId),
                Sort.by("createdAt").and("id")).list();
    }

    public List<Criterion> byIds(Collection<UUID> ids) {
        return scoped("id in :ids", Map.of("ids", ids)).list();
    }

    public List<CriterionComment> comments(Collection<UUID> criteria) {
        if (criteria.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("""
                        from CriterionComment where tenantId = :tenant and criterionId in :criteria
                        order by createdAt, id""", CriterionComment.class)
                .setParameter("tenant", TenantContext.current())
                .setParameter("criteria", criteria)
                .getResultList();
    }

    public void comment(CriterionComment comment) {
        getEntityManager().persist(comment);
    }
}
