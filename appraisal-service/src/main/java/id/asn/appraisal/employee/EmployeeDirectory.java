package id.asn.appraisal.employee;

import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local projection of competency-service's employees (asn.employee events). Who is in which unit and who
 * supervises whom come from here: the supervisor is the pejabat penilai by default, the supervisor's supervisor the
 * atasan pejabat penilai (docs/domain.md §3.7). appraisal-service never asks competency-service at request time.
 */
@ApplicationScoped
public class EmployeeDirectory {

    /** What appraisal needs to know about one employee. */
    public record Person(String nip, String name, String unitId, String unitName, String supervisorNip,
                         boolean active) {
    }

    private final EntityManager em;

    @Inject
    EmployeeDirectory(EntityManager em) {
        this.em = em;
    }

    /** Applies the latest snapshot; events of one employee arrive in order (keyed by NIP). */
    public void apply(EmployeeSnapshot snapshot) {
        em.createNativeQuery("""
                        insert into employee (tenant_id, nip, name, unit_id, unit_name, supervisor_nip, active, updated_at)
                        values (:tenant, :nip, :name, :unitId, :unitName, :supervisor, :active, now())
                        on conflict (tenant_id, nip) do update set name = excluded.name, unit_id = excluded.unit_id,
                            unit_name = excluded.unit_name, supervisor_nip = excluded.supervisor_nip,
                            active = excluded.active, updated_at = excluded.updated_at""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", snapshot.nip())
                .setParameter("name", snapshot.name())
                .setParameter("unitId", snapshot.unitId())
                .setParameter("unitName", snapshot.unitName())
                .setParameter("supervisor", snapshot.supervisorNip())
                .setParameter("active", snapshot.active())
                .executeUpdate();
    }

    /** The names of the employees with these NIPs, in one query; NIPs the projection does not know are missing. */
    public Map<String, String> names(Collection<String> nips) {
        if (nips.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select nip, name from employee where tenant_id = :tenant and nip in (:nips)""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", nips)
                .getResultList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    public Optional<Person> find(String nip) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select nip, name, unit_id, unit_name, supervisor_nip, active from employee
                        where tenant_id = :tenant and nip = :nip""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Person((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (Boolean) r[5]));
    }
}
