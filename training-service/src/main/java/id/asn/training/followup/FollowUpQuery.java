package id.asn.training.followup;

import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which follow-ups a list shows, one page of ids and the total: by the employee's supervisor and unit as the kit's
 * employee projection knows them today, and by state on a given day (docs/domain.md §2.7). The conditions are fixed
 * fragments; only their values are bound.
 */
@ApplicationScoped
class FollowUpQuery {

    /** What to list; a null field does not filter. */
    record Filter(String supervisorNip, String unitId, String nip, Set<FollowUpRule.State> states) {
    }

    /** One page of follow-up ids in due order, and how many match in all. */
    record Result(List<UUID> ids, long total) {
    }

    private static final String FROM = """
            from follow_up f
            left join employee_projection ep on ep.tenant_id = f.tenant_id and ep.nip = f.nip
            where f.tenant_id = :tenant""";

    private static final Map<FollowUpRule.State, String> STATES = Map.of(
            FollowUpRule.State.ANSWERED, "f.answered_on is not null",
            FollowUpRule.State.PENDING, "f.answered_on is null and f.due_on > :today",
            FollowUpRule.State.DUE, "f.answered_on is null and f.due_on <= :today and f.due_on > :lateUpTo",
            FollowUpRule.State.OVERDUE, "f.answered_on is null and f.due_on <= :lateUpTo");

    private final EntityManager em;

    @Inject
    FollowUpQuery(EntityManager em) {
        this.em = em;
    }

    Result page(Filter filter, FollowUpRule rule, LocalDate today, PageRequest page) {
        StringBuilder where = new StringBuilder(FROM);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", TenantContext.current());
        if (filter.supervisorNip() != null) {
            where.append(" and ep.supervisor_nip = :supervisor");
            params.put("supervisor", filter.supervisorNip());
        }
        if (filter.unitId() != null) {
            where.append(" and ep.unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.nip() != null) {
            where.append(" and f.nip = :nip");
            params.put("nip", filter.nip());
        }
        if (filter.states() != null && !filter.states().isEmpty()) {
            List<String> any = new ArrayList<>();
            for (FollowUpRule.State state : FollowUpRule.State.values()) {
                if (filter.states().contains(state)) {
                    any.add("(" + STATES.get(state) + ")");
                }
            }
            where.append(" and (").append(String.join(" or ", any)).append(")");
            params.put("today", today);
            params.put("lateUpTo", rule.overdueIfDueOnOrBefore(today));
        }
        Query count = em.createNativeQuery("select count(*) " + where);
        Query ids = em.createNativeQuery("select f.id " + where + " order by f.due_on, f.id", UUID.class)
                .setFirstResult(page.offset()).setMaxResults(page.size);
        // a value is bound only where its fragment was used: an unused parameter is an error to Hibernate
        params.forEach((name, value) -> {
            if (where.indexOf(":" + name) >= 0) {
                count.setParameter(name, value);
                ids.setParameter(name, value);
            }
        });
        @SuppressWarnings("unchecked")
        List<UUID> found = ids.getResultList();
        return new Result(found, ((Number) count.getSingleResult()).longValue());
    }
}
