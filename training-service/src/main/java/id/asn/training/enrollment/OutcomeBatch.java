package id.asn.training.enrollment;

import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.enrollment.EnrollmentViews.CompletionOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes the completion outcomes of a whole session in one statement, whatever the number of participants: the
 * outcomes travel as arrays and update their enrolments, bumping each row's version like an entity update would.
 */
@ApplicationScoped
public class OutcomeBatch {

    private static final NamedSql SQL = NamedSql.of("""
            update enrollment e
            set status = o.status, attendance_share = o.share, outcome_reasons = o.reasons,
                completed_on = o.completed_on::date, certificate_number = o.certificate,
                completion_revision = o.revision,
                updated_at = now(), updated_by = :actor, version = e.version + 1
            from unnest(:ids::uuid[], :statuses::text[], :shares::numeric[], :reasons::text[], :completedOn::text[],
                        :certificates::text[], :revisions::int[])
                        as o(id, status, share, reasons, completed_on, certificate, revision)
            where e.tenant_id = :tenant and e.id = o.id""");

    private final EntityManager em;

    @Inject
    OutcomeBatch(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void write(String actor, List<CompletionOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        int n = outcomes.size();
        UUID[] ids = new UUID[n];
        String[] statuses = new String[n];
        BigDecimal[] shares = new BigDecimal[n];
        String[] reasons = new String[n];
        String[] completedOn = new String[n];
        String[] certificates = new String[n];
        Integer[] revisions = new Integer[n];
        for (int i = 0; i < n; i++) {
            CompletionOutcome outcome = outcomes.get(i);
            ids[i] = outcome.enrollmentId();
            statuses[i] = outcome.status().name();
            shares[i] = outcome.attendanceShare();
            reasons[i] = outcome.shortfalls().isEmpty() ? null : String.join(" ", outcome.shortfalls());
            completedOn[i] = outcome.completedOn() == null ? null : outcome.completedOn().toString();
            certificates[i] = outcome.certificateNumber();
            revisions[i] = outcome.completionRevision();
        }
        String tenant = TenantContext.current();
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            try (NamedSql.Statement statement = SQL.prepare(connection)) {
                statement.setArray("ids", "uuid", ids).setArray("statuses", "text", statuses)
                        .setArray("shares", "numeric", shares).setArray("reasons", "text", reasons)
                        .setArray("completedOn", "text", completedOn).setArray("certificates", "text", certificates)
                        .setArray("revisions", "int4", revisions)
                        .set("actor", actor).set("tenant", tenant);
                statement.executeUpdate();
            }
        });
    }
}
