package id.asn.platform.kit.employee;

import id.asn.platform.events.employee.EmployeeSnapshot;
import id.asn.platform.kit.caller.Supervisors;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local projection of competency-service's employees (asn.employee events, table {@code employee_projection}):
 * who exists, their unit, position, rank and supervisor. A service that keeps it never asks competency-service who
 * someone is at request time. Only in a service with {@code asn.employee-projection.enabled=true}.
 */
@ApplicationScoped
@IfBuildProperty(name = EmployeeDirectory.ENABLED, stringValue = "true")
public class EmployeeDirectory implements Supervisors {

    /** The build-time switch of the projection: its handlers and this directory exist only where it is true. */
    public static final String ENABLED = "asn.employee-projection.enabled";

    /** One employee as the projection knows them; a field master data has not sent yet is null. */
    public record Person(String nip, String name, String employeeType, LocalDate birthDate, String unitId,
                         String unitName, String positionId, String positionTitle, String positionClass,
                         String supervisorNip, String rank, String education, LocalDate tmt, boolean active) {

        public boolean isPppk() {
            return employeeType != null && employeeType.startsWith("PPPK");
        }
    }

    /** Fired in the event's transaction after a snapshot was applied, with the row it replaced, if any. */
    public record Applied(EmployeeSnapshot snapshot, Optional<Person> before) {
    }

    private static final String COLUMNS = """
            nip, name, employee_type, birth_date, unit_id, unit_name, position_id, position_title, position_class,
            supervisor_nip, rank, education, tmt, active""";

    private final EntityManager em;
    private final Event<Applied> applied;

    @Inject
    EmployeeDirectory(EntityManager em, Event<Applied> applied) {
        this.em = em;
        this.applied = applied;
    }

    /**
     * Applies the latest snapshot and tells the service's observers of {@link Applied}; events of one employee
     * arrive in order (keyed by NIP).
     */
    void apply(EmployeeSnapshot s) {
        Optional<Person> before = find(s.nip());
        em.createNativeQuery("""
                        insert into employee_projection (tenant_id, nip, name, employee_type, birth_date, unit_id,
                            unit_name, position_id, position_title, position_class, supervisor_nip, rank, education,
                            tmt, active, updated_at)
                        values (:tenant, :nip, :name, :type, :birth, :unitId, :unitName, :positionId, :positionTitle,
                            :positionClass, :supervisor, :rank, :education, :tmt, :active, now())
                        on conflict (tenant_id, nip) do update set name = excluded.name,
                            employee_type = excluded.employee_type, birth_date = excluded.birth_date,
                            unit_id = excluded.unit_id, unit_name = excluded.unit_name,
                            position_id = excluded.position_id, position_title = excluded.position_title,
                            position_class = excluded.position_class, supervisor_nip = excluded.supervisor_nip,
                            rank = excluded.rank, education = excluded.education, tmt = excluded.tmt,
                            active = excluded.active, updated_at = excluded.updated_at""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", s.nip())
                .setParameter("name", s.name())
                .setParameter("type", s.employeeType())
                .setParameter("birth", s.birthDate())
                .setParameter("unitId", s.unitId())
                .setParameter("unitName", s.unitName())
                .setParameter("positionId", s.positionId())
                .setParameter("positionTitle", s.positionTitle())
                .setParameter("positionClass", s.positionClass())
                .setParameter("supervisor", s.supervisorNip())
                .setParameter("rank", s.rank())
                .setParameter("education", s.education())
                .setParameter("tmt", s.tmt())
                .setParameter("active", s.active())
                .executeUpdate();
        applied.fire(new Applied(s, before));
    }

    public Optional<Person> find(String nip) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                        + " from employee_projection where tenant_id = :tenant and nip = :nip")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip)
                .getResultList();
        return rows.stream().findFirst().map(EmployeeDirectory::person);
    }

    /** The employees with these NIPs, in one query; NIPs the projection does not know are missing. */
    public Map<String, Person> find(Collection<String> nips) {
        if (nips.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                        + " from employee_projection where tenant_id = :tenant and nip in (:nips)")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", nips)
                .getResultList();
        Map<String, Person> people = new HashMap<>();
        for (Object[] row : rows) {
            Person p = person(row);
            people.put(p.nip(), p);
        }
        return people;
    }

    /** The names of the employees with these NIPs, in one query; NIPs the projection does not know are missing. */
    public Map<String, String> names(Collection<String> nips) {
        Map<String, String> names = new HashMap<>();
        find(nips).forEach((nip, person) -> names.put(nip, person.name()));
        return names;
    }

    /** The agency's active employees, by NIP. */
    @SuppressWarnings("unchecked")
    public List<Person> active() {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS
                        + " from employee_projection where tenant_id = :tenant and active order by nip")
                .setParameter("tenant", TenantContext.current())
                .getResultList();
        return rows.stream().map(EmployeeDirectory::person).toList();
    }

    @Override
    public Optional<String> supervisorOf(String nip) {
        return find(nip).map(Person::supervisorNip);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> directReports(String supervisorNip) {
        return em.createNativeQuery("""
                        select nip from employee_projection where tenant_id = :tenant and supervisor_nip = :supervisor
                        order by nip""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("supervisor", supervisorNip)
                .getResultList();
    }

    private static Person person(Object[] r) {
        return new Person((String) r[0], (String) r[1], (String) r[2], SqlValues.date(r[3]), (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], SqlValues.date(r[12]), (Boolean) r[13]);
    }
}
