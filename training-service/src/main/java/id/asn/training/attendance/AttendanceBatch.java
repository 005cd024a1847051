package id.asn.training.attendance;

import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes one meeting's attendance rows in a single statement: the rows travel as arrays, are classified against
 * the employee projection, the enrolments and what is already recorded, the acceptable ones are inserted, and a
 * result comes back for every row, all in one round trip whatever the batch size.
 */
@ApplicationScoped
public class AttendanceBatch {

    /** Why a row was not recorded, or why it changed nothing. */
    public enum Reason {
        INVALID_EXTERNAL_ID, INVALID_NIP, INVALID_STATUS, INVALID_CHECK_IN, DUPLICATE_EXTERNAL_ID_IN_BATCH, DUPLICATE_NIP_IN_BATCH, EXTERNAL_ID_CONFLICT, SUPERSEDED_BY_AMENDMENT,
        UNKNOWN_NIP, NOT_ENROLLED, ALREADY_RECORDED, CONCURRENT_WRITE
    }

    /** What happened to a row. */
    public enum Outcome { CREATED, UNCHANGED, REJECTED }

    /** One row as judged acceptable, at its position in the request. */
    public record Row(int index, String externalId, String nip, AttendanceStatus status, OffsetDateTime checkInAt) {
    }

    /**
     * One row's result; {@code attendanceId} is set when the row is (now or already) recorded, {@code errors}
     * names each bad value of a row rejected for its values, in the caller's language.
     */
    public record RowResult(int index, String externalId, String nip, Outcome outcome, Reason reason,
                            UUID attendanceId, UUID enrollmentId, List<Problem.FieldError> errors) {
    }

    // Precedence of the CASE follows what a partner can act on: first problems in the batch itself, then a
    // resent row (same externalId), then facts about the person, then a clash with an existing record.
    private static final NamedSql SQL = NamedSql.of("""
            with input as (
                select * from unnest(:idx::int[], :externalIds::text[], :nips::text[], :statuses::text[],
                                     :checkIns::text[])
                    as t(idx, external_id, nip, status, check_in_text)
            ), ranked as (
                select i.*, i.check_in_text::timestamptz as check_in_at,
                       row_number() over (partition by i.nip order by i.idx) as nip_rank,
                       row_number() over (partition by i.external_id order by i.idx) as ext_rank
                from input i
            ), classified as (
                select r.*, emp.nip is not null as known, en.id as enrollment_id,
                       a_ext.id as ext_row_id, a_ext.nip as ext_nip, a_ext.status as ext_status,
                       a_ext.check_in_at as ext_check_in, a_ext.reason as ext_reason, a_nip.id as nip_row_id
                from ranked r
                left join employee_projection emp on emp.tenant_id = :tenant and emp.nip = r.nip
                left join enrollment en on en.tenant_id = :tenant and en.session_id = :session and en.nip = r.nip
                                       and en.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')
                left join attendance a_ext on a_ext.meeting_id = :meeting and a_ext.external_id = r.external_id
                left join attendance a_nip on a_nip.meeting_id = :meeting and a_nip.enrollment_id = en.id
            ), inserted as (
                insert into attendance (id, tenant_id, meeting_id, enrollment_id, nip, status, check_in_at,
                                        external_id, created_at, created_by, updated_at, updated_by, version)
                select gen_random_uuid(), :tenant, :meeting, c.enrollment_id, c.nip, c.status, c.check_in_at,
                       c.external_id, now(), :actor, now(), :actor, 0
                from classified c
                where c.known and c.enrollment_id is not null and c.nip_rank = 1 and c.ext_rank = 1
                  and c.ext_row_id is null and c.nip_row_id is null
                on conflict do nothing
                returning id, external_id
            )
            select c.idx, c.external_id, c.nip, c.enrollment_id, coalesce(ins.id, c.ext_row_id),
                   case
                       when c.ext_rank > 1 then 'DUPLICATE_EXTERNAL_ID_IN_BATCH'
                       when c.nip_rank > 1 then 'DUPLICATE_NIP_IN_BATCH'
                       when c.ext_row_id is not null and c.ext_nip is distinct from c.nip then 'EXTERNAL_ID_CONFLICT'
                       when c.ext_row_id is not null and c.ext_status = c.status
                            and c.ext_check_in is not distinct from c.check_in_at then null
                       when c.ext_row_id is not null and c.ext_reason is not null then 'SUPERSEDED_BY_AMENDMENT'
                       when c.ext_row_id is not null then 'EXTERNAL_ID_CONFLICT'
                       when not c.known then 'UNKNOWN_NIP'
                       when c.enrollment_id is null then 'NOT_ENROLLED'
                       when c.nip_row_id is not null then 'ALREADY_RECORDED'
                       when ins.id is null then 'CONCURRENT_WRITE'
                   end as reason,
                   ins.id is not null as created
            from classified c
            left join inserted ins on ins.external_id = c.external_id and c.ext_rank = 1
            order by c.idx""");

    private final EntityManager em;

    @Inject
    AttendanceBatch(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<RowResult> write(UUID sessionId, UUID meetingId, String actor, List<Row> rows) {
        String tenant = TenantContext.current();
        return em.unwrap(Session.class).doReturningWork(connection -> execute(connection, tenant, sessionId,
                meetingId, actor, rows));
    }

    private static List<RowResult> execute(Connection connection, String tenant, UUID sessionId, UUID meetingId,
                                           String actor, List<Row> rows) throws SQLException {
        int n = rows.size();
        Integer[] idx = new Integer[n];
        String[] externalIds = new String[n];
        String[] nips = new String[n];
        String[] statuses = new String[n];
        String[] checkIns = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            idx[i] = row.index();
            externalIds[i] = row.externalId();
            nips[i] = row.nip();
            statuses[i] = row.status().name();
            checkIns[i] = row.checkInAt() == null ? null : row.checkInAt().toString();
        }
        List<RowResult> results = new ArrayList<>(n);
        try (NamedSql.Statement statement = SQL.prepare(connection)) {
            statement.setArray("idx", "int4", idx).setArray("externalIds", "text", externalIds)
                    .setArray("nips", "text", nips).setArray("statuses", "text", statuses)
                    .setArray("checkIns", "text", checkIns)
                    .set("tenant", tenant).set("session", sessionId).set("meeting", meetingId).set("actor", actor);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String reason = rs.getString(6);
                    boolean created = rs.getBoolean(7);
                    Outcome outcome = created ? Outcome.CREATED
                            : reason == null || reason.equals(Reason.SUPERSEDED_BY_AMENDMENT.name())
                            ? Outcome.UNCHANGED : Outcome.REJECTED;
                    results.add(new RowResult(rs.getInt(1), rs.getString(2), rs.getString(3), outcome,
                            reason == null ? null : Reason.valueOf(reason), rs.getObject(5, UUID.class),
                            rs.getObject(4, UUID.class), List.of()));
                }
            }
        }
        return results;
    }
}
