package id.asn.platform.kit.tenant;

import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Repository of tenant data: every query it offers is scoped to {@link TenantContext#current()}.
 */
public abstract class TenantRepository<E extends TenantOwned> implements PanacheRepositoryBase<E, UUID> {

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

    public PanacheQuery<E> all(Sort sort) {
        return scoped(null, Map.of(), sort);
    }

    public <V> Page<V> page(PanacheQuery<E> query, PageRequest request, Function<E, V> view) {
        return Page.of(query, request, view);
    }
}
