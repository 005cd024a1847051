package id.asn.training.attendance;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingAttendanceRecordedV1;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.problem.Messages;
import id.asn.training.attendance.AttendanceViews.Amend;
import id.asn.training.attendance.AttendanceViews.AttendanceView;
import id.asn.training.attendance.AttendanceViews.BatchResult;
import id.asn.training.attendance.AttendanceViews.Change;
import id.asn.training.attendance.AttendanceViews.RecordAttendance;
import id.asn.training.attendance.AttendanceViews.VoidRow;
import id.asn.training.config.TrainingConfig;
import id.asn.training.session.SessionService;
import id.asn.training.session.SessionViews.MeetingRef;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Attendance as partners report it: bulk per meeting (idempotent by key and by row), then corrections one row
 * at a time with a reason. Every recorded or corrected row publishes {@code asn.training.attendance-recorded.v1}.
 * Completion and evaluation ask it who attended.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private final AttendanceBatch batch;
    private final AttendanceRepository attendance;
    private final SessionService sessions;
    private final Outbox outbox;
    private final Caller caller;
    private final TrainingConfig config;
    private final EntityManager em;

    @Inject
    AttendanceService(AttendanceBatch batch, AttendanceRepository attendance, SessionService sessions, Outbox outbox, Caller caller, TrainingConfig config,
                      EntityManager em) {
        this.batch = batch;
        this.attendance = attendance;
        this.sessions = sessions;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
        this.em = em;
    }

    /**
     * The batch's answer (once per {@code Idempotency-Key}: the resource's {@code @Idempotent}). Each row is judged
     * on its own (docs/domain.md §2.6.3); only the envelope (no rows, too many) refuses the request.
     */
    public BatchResult record(UUID meetingId, RecordAttendance request, Messages messages) {
        MeetingRef meeting = sessions.requireMeeting(meetingId);
        if (request.rows().size() > config.attendanceBatchMax()) {
            throw ProblemException.invalid("rows", "attendance.too-many-rows", config.attendanceBatchMax());
        }
        return ingest(meeting, request, messages);
    }

    private BatchResult ingest(MeetingRef meeting, RecordAttendance request, Messages messages) {
        sessions.requireAmendable(meeting.sessionId());
        ReportedRows.Judgement judged = ReportedRows.judge(request.rows(), messages);
        AttendanceBatch.RowResult[] results = new AttendanceBatch.RowResult[request.rows().size()];
        judged.rejected().forEach(rejected -> results[rejected.index()] = rejected);
        AttendanceStatus[] statuses = new AttendanceStatus[results.length];
        judged.accepted().forEach(row -> statuses[row.index()] = row.status());
        List<AttendanceBatch.RowResult> written = judged.accepted().isEmpty() ? List.of()
                : batch.write(meeting.sessionId(), meeting.id(), caller.subject(), judged.accepted());
        written.forEach(result -> results[result.index()] = result);
        outbox.recordAll(EventTypes.TRAINING_ATTENDANCE_RECORDED, written.stream()
                .filter(result -> result.outcome() == AttendanceBatch.Outcome.CREATED)
                .map(result -> event(result.enrollmentId(), result.nip(), meeting, statuses[result.index()]))
                .toList());
        return BatchResult.of(meeting.id(), List.of(results));
    }

    public AttendanceView amend(UUID id, Amend request) {
        if (request.status() == AttendanceStatus.VOIDED) {
            throw ProblemException.invalid("status", "attendance.void-by-endpoint");
        }
        return change(id, "AMEND", request.status(), request.checkInAt(), request.reason(), request.version());
    }

    public AttendanceView voidRow(UUID id, VoidRow request) {
        return change(id, "VOID", AttendanceStatus.VOIDED, null, request.reason(), request.version());
    }

    private AttendanceView change(UUID id, String action, AttendanceStatus status, OffsetDateTime checkIn,
                                  String reason, Long expectedVersion) {
        Attendance row = attendance.require(id);
        MeetingRef meeting = sessions.requireMeeting(row.meetingId);
        sessions.requireAmendable(meeting.sessionId());
        if (expectedVersion != null && !expectedVersion.equals(row.version)) {
            throw ProblemException.staleVersion();
        }
        if (row.status == AttendanceStatus.VOIDED && status == AttendanceStatus.VOIDED) {
            throw ProblemException.rule("attendance.already-voided");
        }
        em.createNativeQuery("""
                        insert into attendance_audit (id, tenant_id, attendance_id, action, old_status, new_status,
                                                      old_check_in, new_check_in, reason, changed_by, changed_at)
                        values (:id, :tenant, :row, :action, :oldStatus, :newStatus, :oldCheckIn, :newCheckIn,
                                :reason, :by, :at)""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("tenant", TenantContext.current())
                .setParameter("row", row.id)
                .setParameter("action", action)
                .setParameter("oldStatus", row.status.name())
                .setParameter("newStatus", status.name())
                .setParameter("oldCheckIn", row.checkInAt)
                .setParameter("newCheckIn", checkIn)
                .setParameter("reason", reason.trim())
                .setParameter("by", caller.subject())
                .setParameter("at", Instant.now())
                .executeUpdate();
        row.status = status;
        row.checkInAt = checkIn;
        row.reason = reason.trim();
        outbox.recordAll(EventTypes.TRAINING_ATTENDANCE_RECORDED, List.of(event(row.enrollmentId, row.nip, meeting,
                status)));
        em.flush();
        return AttendanceView.of(row);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AttendanceView> list(UUID meetingId, PageRequest page) {
        sessions.requireMeeting(meetingId);
        return attendance.page(attendance.scoped("meetingId = :meeting", Map.of("meeting", meetingId),
                Sort.by("nip").and("id")), page, AttendanceView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> history(UUID id) {
        Attendance row = attendance.require(id);
        sessions.requireMeeting(row.meetingId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select action, old_status, new_status, old_check_in, new_check_in, reason, changed_by, changed_at
                        from attendance_audit where tenant_id = :tenant and attendance_id = :row
                        order by changed_at, id""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("row", id)
                .getResultList();
        return rows.stream().map(r -> new Change((String) r[0], AttendanceStatus.valueOf((String) r[1]),
                AttendanceStatus.valueOf((String) r[2]), toOffset(r[3]), toOffset(r[4]), (String) r[5],
                (String) r[6], toInstant(r[7]))).toList();
    }

    /** Meetings attended (PRESENT or LATE) per enrolment of the session, in one query; absent enrolments are missing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> attendedMeetings(UUID sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select a.enrollment_id, count(*) from attendance a join meeting m on m.id = a.meeting_id
                        where a.tenant_id = :tenant and m.session_id = :session and a.status in (:attended)
                        group by a.enrollment_id""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("session", sessionId)
                .setParameter("attended", AttendanceStatus.attendedNames())
                .getResultList();
        Map<UUID, Integer> attended = new HashMap<>();
        for (Object[] row : rows) {
            attended.put(SqlValues.uuid(row[0]), (int) SqlValues.number(row[1]));
        }
        return attended;
    }

    /** Whether the participant of {@code enrollmentId} attended (PRESENT or LATE) at least one meeting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean attendedAny(UUID enrollmentId) {
        Object attended = em.createNativeQuery("""
                        select count(*) from attendance where tenant_id = :tenant and enrollment_id = :enrollment
                        and status in (:attended)""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("enrollment", enrollmentId)
                .setParameter("attended", AttendanceStatus.attendedNames())
                .getSingleResult();
        return SqlValues.number(attended) > 0;
    }

    private static Outbox.Event event(UUID enrollmentId, String nip, MeetingRef meeting, AttendanceStatus status) {
        return new Outbox.Event(nip, new TrainingAttendanceRecordedV1(enrollmentId.toString(), nip,
                meeting.sessionId().toString(), meeting.id().toString(), meeting.date(), status.name()));
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime o ? o : ((Instant) value).atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : (Instant) value;
    }
}
