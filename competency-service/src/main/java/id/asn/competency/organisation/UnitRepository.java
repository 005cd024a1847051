package id.asn.competency.organisation;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UnitRepository extends TenantRepository<Unit> {

    public Optional<Unit> findByCode(String code) {
        return scoped("code = :code", Map.of("code", code)).firstResultOptional();
    }

    public List<Unit> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : scoped("code in :codes", Map.of("codes", codes)).list();
    }

    /** The unit and every unit below it, in one recursive query. */
    @SuppressWarnings("unchecked")
    public List<UUID> subtree(UUID root) {
        return getEntityManager().createNativeQuery("""
                        with recursive tree as (
                            select id from org_unit where tenant_id = :tenant and id = :root
                            union all
                            select u.id from org_unit u join tree t on u.parent_id = t.id where u.tenant_id = :tenant)
                        select id from tree""", UUID.class)
                .setParameter("tenant", TenantContext.current()).setParameter("root", root).getResultList();
    }
}
