package id.asn.training.enrollment;

import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The set-based reads and the write of a bulk nomination (docs/domain.md §2.6.4): what the projection and the
 * session's enrolments say of every NIP in one statement, and every new place written in one statement, whatever
 * the number of rows.
 */
@ApplicationScoped
public class NominationBatch {

    /** What the rule needs to know of one NIP: known as active, and its enrolment in the session if any. */
    public record Facts(boolean knownActive, UUID enrollmentId, Enrollment.Status existing) {
    }

    /** A place to write: ENROLLED or WAITLISTED. */
    public record Place(String nip, Enrollment.Status status) {
    }

    private static final NamedSql FACTS_SQL = NamedSql.of("""
            select i.nip, coalesce(emp.active, false), en.id, en.status
            from unnest(:nips::text[]) as i(nip)
            left join employee_projection emp on emp.tenant_id = :tenant and emp.nip = i.nip
            left join enrollment en on en.tenant_id = :tenant and en.session_id = :session and en.nip = i.nip""");

    private static final NamedSql UNIT_SQL = NamedSql.of("""
            select nip from employee_projection where tenant_id = :tenant and unit_id = :unit and active
            order by nip""");

    // a cancelled or rejected enrolment is taken up again, as one nomination does; any other is left alone
    private static final NamedSql PLACE_SQL = NamedSql.of("""
            insert into enrollment (id, tenant_id, session_id, nip, status, origin, requested_by, decided_by,
                                    created_at, created_by, updated_at, updated_by, version)
            select gen_random_uuid(), :tenant, :session, p.nip, p.status, 'NOMINATION', :actor, null,
                   now(), :actor, now(), :actor, 0
            from unnest(:nips::text[], :statuses::text[]) as p(nip, status)
            on conflict (session_id, nip) do update set status = excluded.status, origin = 'NOMINATION',
                requested_by = excluded.requested_by, decided_by = null, updated_at = now(),
                updated_by = excluded.updated_by, version = enrollment.version + 1
            where enrollment.status in ('CANCELLED', 'REJECTED')
            returning id, nip""");

    private final EntityManager em;

    @Inject
    NominationBatch(EntityManager em) {
        this.em = em;
    }

    /** The facts of each distinct NIP, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Facts> facts(UUID sessionId, List<String> nips) {
        String tenant = TenantContext.current();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Facts> facts = new HashMap<>();
            try (NamedSql.Statement statement = FACTS_SQL.prepare(connection)) {
                statement.setArray("nips", "text", nips.toArray(String[]::new)).set("tenant", tenant)
                        .set("session", sessionId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String status = rs.getString(4);
                        facts.put(rs.getString(1), new Facts(rs.getBoolean(2), rs.getObject(3, UUID.class),
                                status == null ? null : Enrollment.Status.valueOf(status)));
                    }
                }
            }
            return facts;
        });
    }

    /** The active employees of a unit, by NIP, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> unitMembers(String unitId) {
        String tenant = TenantContext.current();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<String> nips = new ArrayList<>();
            try (NamedSql.Statement statement = UNIT_SQL.prepare(connection)) {
                statement.set("tenant", tenant).set("unit", unitId);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        nips.add(rs.getString(1));
                    }
                }
            }
            return nips;
        });
    }

    /** Writes the places in one statement; answers the enrolment id of each NIP written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, UUID> write(UUID sessionId, String actor, List<Place> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        String tenant = TenantContext.current();
        String[] nips = places.stream().map(Place::nip).toArray(String[]::new);
        String[] statuses = places.stream().map(p -> p.status().name()).toArray(String[]::new);
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<String, UUID> written = new HashMap<>();
            try (NamedSql.Statement statement = PLACE_SQL.prepare(connection)) {
                statement.setArray("nips", "text", nips).setArray("statuses", "text", statuses)
                        .set("tenant", tenant).set("session", sessionId).set("actor", actor);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        written.put(rs.getString(2), rs.getObject(1, UUID.class));
                    }
                }
            }
            return written;
        });
    }
}
