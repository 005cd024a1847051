package id.asn.training.result;

import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.result.ResultViews.CertificateIssue;
import id.asn.training.result.ResultViews.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Issues certificates for completions and lets anyone verify a certificate number. */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final NamedSql ISSUE_SQL = NamedSql.of("""
            insert into certificate (number, tenant_id, enrollment_id, holder_name, program_title, completed_on)
            select c.number, :tenant, c.enrollment, c.holder, :title, :completedOn
            from unnest(:numbers::text[], :enrollments::uuid[], :holders::text[]) as c(number, enrollment, holder)""");

    private static final NamedSql REVOKE_SQL = NamedSql.of("""
            update certificate set revoked_at = now(), revoked_reason = :reason
            where tenant_id = :tenant and number = any(:numbers::text[]) and revoked_at is null""");

    private final EntityManager em;

    @Inject
    CertificateService(EntityManager em) {
        this.em = em;
    }

    /**
     * Keeps what verification shows of a session's completions, all in one statement, after the enrolments have
     * their numbers.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issueAll(String programTitle, LocalDate completedOn, List<CertificateIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        String[] numbers = issues.stream().map(CertificateIssue::number).toArray(String[]::new);
        UUID[] enrollments = issues.stream().map(CertificateIssue::enrollmentId).toArray(UUID[]::new);
        String[] holders = issues.stream().map(CertificateIssue::holderName).toArray(String[]::new);
        String tenant = TenantContext.current();
        em.unwrap(Session.class).doWork(connection -> {
            try (NamedSql.Statement statement = ISSUE_SQL.prepare(connection)) {
                statement.setArray("numbers", "text", numbers).setArray("enrollments", "uuid", enrollments)
                        .setArray("holders", "text", holders).set("tenant", tenant).set("title", programTitle)
                        .set("completedOn", completedOn);
                statement.executeUpdate();
            }
        });
    }

    /**
     * Revokes the certificates of withdrawn completions with the reopening's reason, in one statement; they stay
     * verifiable as revoked (docs/domain.md §2.6.5). Runs before a reissue for the same enrolment.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeAll(List<String> numbers, String reason) {
        if (numbers.isEmpty()) {
            return;
        }
        String tenant = TenantContext.current();
        em.unwrap(Session.class).doWork(connection -> {
            try (NamedSql.Statement statement = REVOKE_SQL.prepare(connection)) {
                statement.setArray("numbers", "text", numbers.toArray(String[]::new)).set("tenant", tenant)
                        .set("reason", reason);
                statement.executeUpdate();
            }
        });
    }

    /** What a certificate number reveals, 422 for a revoked one, or 404 for a number this platform did not issue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String number) {
        // read without an entity: the caller has no tenant, and the number is unique across agencies
        @SuppressWarnings("unchecked")
        // so the database shows it every agency's certificates (system scope), for this one lookup
        List<Object[]> rows = TenantContext.runAsSystem("certificate verification", () -> em.createNativeQuery(
                        "select number, holder_name, program_title, completed_on, cast(revoked_at as date) from certificate "
                                + "where number = :number")
                .setParameter("number", number)
                .getResultList());
        Object[] row = rows.stream().findFirst().orElseThrow(ProblemException::notFound);
        if (row[4] != null) {
            throw ProblemException.rule("certificate.revoked", row[0], SqlValues.date(row[4]));
        }
        return new Verification((String) row[0], (String) row[1], (String) row[2], SqlValues.date(row[3]));
    }
}
