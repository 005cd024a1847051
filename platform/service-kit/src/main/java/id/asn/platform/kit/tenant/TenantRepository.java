package id.asn.platform.kit.tenant;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Repository of tenant data: every query it offers is scoped to {@link TenantContext#current()}.
 */
public abstract class TenantRepository<E extends TenantOwned> implements PanacheRepositoryBase<E, UUID> {

    private static final int CHUNK = 1000;

    /** The row with this id in the current tenant, or 404. */
    public E require(UUID id) {
        return findInTenant(id).orElseThrow(ProblemException::notFound);
    }

    public Optional<E> findInTenant(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return scoped("id = :id", Map.of("id", id)).firstResultOptional();
    }

    /** A query for {@code condition} (JPQL, named parameters) limited to the current tenant. */
    public PanacheQuery<E> scoped(String condition, Map<String, Object> params) {
        return scoped(condition, params, Sort.by("createdAt").and("id"));
    }

    public PanacheQuery<E> scoped(String condition, Map<String, Object> params, Sort sort) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("tenant", TenantContext.current());
        String where = condition == null || condition.isBlank()
                ? "tenantId = :tenant" : "tenantId = :tenant and (" + condition + ")";
        return find(where, sort, all);
    }

    /**
     * The current tenant's rows whose {@code field} is one of {@code values}: a bulk path's lookup (an import, a
     * sync), a statement per chunk of 1,000 values, each planned for the tenant and values it is given.
     *
     * <p>Why planned each time: after five executions PostgreSQL may keep a generic plan of a prepared statement.
     * For {@code tenant_id = $1 and nip in ($2, ...)} one made while the agency had no rows yet (a first import) scans
     * all the agency's rows and compares each with every value, linearly: re-importing 10,000 employees took 600 ms
     * a chunk, 6 s in all, against about 5 ms a chunk planned for its values (issue 12). The setting is the
     * transaction's own and is put back afterwards.
     */
    public List<E> scopedIn(String field, Collection<?> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        EntityManager em = getEntityManager();
        String planning = (String) em.createNativeQuery("select current_setting('plan_cache_mode')").getSingleResult();
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        List<?> all = List.copyOf(values);
        List<E> found = new ArrayList<>(all.size());
        try {
            for (int from = 0; from < all.size(); from += CHUNK) {
                found.addAll(scoped(field + " in :values",
                        Map.of("values", all.subList(from, Math.min(all.size(), from + CHUNK)))).list());
            }
        } finally {
            em.createNativeQuery("select set_config('plan_cache_mode', :planning, true)")
                    .setParameter("planning", planning).getSingleResult();
        }
        return found;
    }

    public PanacheQuery<E> all(Sort sort) {
        return scoped(null, Map.of(), sort);
    }

    public <V> Page<V> page(PanacheQuery<E> query, PageRequest request, Function<E, V> view) {
        return Page.of(query, request, view);
    }
}
