package id.asn.training.result;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.attendance.AttendanceStatus;
import id.asn.training.employee.EmployeeDirectory;
import id.asn.training.enrollment.Enrollment;
import id.asn.training.enrollment.EnrollmentRepository;
import id.asn.training.institution.InstitutionService;
import id.asn.training.ledger.LedgerService;
import id.asn.training.program.Program;
import id.asn.training.session.SessionService;
import id.asn.training.session.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Test scores from partners and the completion decision: attendance share and pass mark per the programme; a
 * completion issues a certificate, credits the JP ledger and publishes {@code asn.training.completed.v1}, all in
 * one transaction.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    private static final String SCORES_SQL = """
            with input as (
                select * from unnest(?::int[], ?::text[], ?::numeric[], ?::numeric[]) as t(idx, nip, pre, post)
            ), ranked as (
                select i.*, row_number() over (partition by i.nip order by i.idx) as rk from input i
            ), updated as (
                update enrollment e set pre_test = coalesce(r.pre, e.pre_test), post_test = coalesce(r.post, e.post_test),
                       updated_at = now(), updated_by = ?, version = e.version + 1
                from ranked r
                where r.rk = 1 and e.tenant_id = ? and e.session_id = ? and e.nip = r.nip
                  and e.status in ('ENROLLED', 'NOT_COMPLETED')
                returning e.id, e.nip
            )
            select r.idx, r.nip, u.id,
                   case when r.rk > 1 then 'DUPLICATE_NIP_IN_BATCH'
                        when u.id is not null then null
                        when en.status = 'COMPLETED' then 'ALREADY_COMPLETED'
                        else 'NOT_ENROLLED' end
            from ranked r
            left join updated u on u.nip = r.nip and r.rk = 1
            left join enrollment en on en.tenant_id = ? and en.session_id = ? and en.nip = r.nip
            order by r.idx""";

    private final SessionService sessions;
    private final EnrollmentRepository enrollments;
    private final EmployeeDirectory directory;
    private final InstitutionService institutions;
    private final LedgerService ledger;
    private final CertificateNumbers numbers;
    private final Outbox outbox;
    private final Caller caller;
    private final EntityManager em;

    @Inject
    ResultService(SessionService sessions, EnrollmentRepository enrollments, EmployeeDirectory directory,
                  InstitutionService institutions, LedgerService ledger, CertificateNumbers numbers, Outbox outbox,
                  Caller caller, EntityManager em) {
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.directory = directory;
        this.institutions = institutions;
        this.ledger = ledger;
        this.numbers = numbers;
        this.outbox = outbox;
        this.caller = caller;
        this.em = em;
    }

    /** Stores pre/post-test scores for the session's participants in one statement; a result per row. */
    public List<ScoreResult> postScores(UUID sessionId, List<ResultResource.Score> scores) {
        TrainingSession session = sessions.requireAccessible(sessionId);
        String tenant = TenantContext.current();
        String actor = caller.subject();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int n = scores.size();
            Integer[] idx = new Integer[n];
            String[] nips = new String[n];
            BigDecimal[] pre = new BigDecimal[n];
            BigDecimal[] post = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
                nips[i] = scores.get(i).nip();
                pre[i] = scores.get(i).preTest();
                post[i] = scores.get(i).postTest();
            }
            List<ScoreResult> results = new ArrayList<>(n);
            try (PreparedStatement statement = connection.prepareStatement(SCORES_SQL)) {
                statement.setArray(1, connection.createArrayOf("int4", idx));
                statement.setArray(2, connection.createArrayOf("text", nips));
                statement.setArray(3, connection.createArrayOf("numeric", pre));
                statement.setArray(4, connection.createArrayOf("numeric", post));
                statement.setString(5, actor);
                statement.setString(6, tenant);
                statement.setObject(7, session.id);
                statement.setString(8, tenant);
                statement.setObject(9, session.id);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String reason = rs.getString(4);
                        results.add(new ScoreResult(rs.getInt(1), rs.getString(2), reason == null,
                                reason, rs.getObject(3, UUID.class)));
                    }
                }
            }
            return results;
        });
    }

    /**
     * Decides completion for every participant still open (ENROLLED, or NOT_COMPLETED after a correction) once
     * the last meeting is over, and closes the session. Running it again re-decides only those not completed.
     */
    public List<Outcome> complete(UUID sessionId) {
        TrainingSession session = sessions.lock(sessionId);
        SessionService.Schedule schedule = sessions.schedule(session);
        if (schedule.endDate() == null || schedule.endDate().isAfter(LocalDate.now())) {
            throw ProblemException.rule("completion.session-not-finished", schedule.endDate());
        }
        if (schedule.jp().signum() <= 0) {
            throw ProblemException.rule("completion.no-jp");
        }
        Program program = schedule.program();
        CompletionRule rule = new CompletionRule(program.attendanceShare, program.postTestRequired, program.passMark);
        Map<UUID, Integer> attended = attendedMeetings(session.id);
        String institutionName = institutions.require(program.institutionId).name;
        List<Outcome> outcomes = new ArrayList<>();
        for (Enrollment enrollment : enrollments.ofSession(session.id,
                List.of(Enrollment.Status.ENROLLED, Enrollment.Status.NOT_COMPLETED))) {
            CompletionRule.Decision decision = rule.decide(attended.getOrDefault(enrollment.id, 0),
                    schedule.meetings().size(), enrollment.postTest);
            enrollment.attendanceShare = decision.share();
            if (decision.completed()) {
                completeOne(enrollment, schedule, institutionName);
            } else {
                enrollment.status = Enrollment.Status.NOT_COMPLETED;
                enrollment.outcomeReasons = decision.shortfalls().stream().map(Enum::name).collect(Collectors.joining(" "));
            }
            outcomes.add(new Outcome(enrollment.id, enrollment.nip, enrollment.status, decision.share(),
                    enrollment.postTest, decision.shortfalls(), enrollment.certificateNumber));
        }
        sessions.close(session);
        return outcomes;
    }

    private void completeOne(Enrollment enrollment, SessionService.Schedule schedule, String institutionName) {
        Program program = schedule.program();
        String holder = directory.find(enrollment.nip).map(EmployeeDirectory.Person::name)
                .orElseThrow(() -> new IllegalStateException("enrolled employee missing from projection"));
        String number = numbers.next(schedule.endDate().getYear());
        enrollment.status = Enrollment.Status.COMPLETED;
        enrollment.outcomeReasons = null;
        enrollment.completedOn = schedule.endDate();
        enrollment.certificateNumber = number;
        em.flush();
        em.createNativeQuery("""
                        insert into certificate (number, tenant_id, enrollment_id, holder_name, program_title, completed_on)
                        values (:number, :tenant, :enrollment, :holder, :title, :completedOn)""")
                .setParameter("number", number)
                .setParameter("tenant", TenantContext.current())
                .setParameter("enrollment", enrollment.id)
                .setParameter("holder", holder)
                .setParameter("title", program.title)
                .setParameter("completedOn", schedule.endDate())
                .executeUpdate();
        ledger.creditTraining(enrollment.nip, schedule.jp(), schedule.minutes(), schedule.endDate(), program.title,
                enrollment.id, number);
        outbox.record(EventTypes.TRAINING_COMPLETED, enrollment.nip, new TrainingCompletedV1(enrollment.id.toString(),
                enrollment.nip, program.id.toString(), program.title, program.developmentPath.name(), institutionName,
                program.competencies.stream()
                        .map(c -> new TrainingCompletedV1.TargetCompetency(c.competencyCode, c.targetLevel)).toList(),
                schedule.jp(), schedule.startDate(), schedule.endDate(), number));
    }

    private Map<UUID, Integer> attendedMeetings(UUID sessionId) {
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
            attended.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return attended;
    }

    /** One score row's result; {@code reason} says why it was not stored. */
    public record ScoreResult(int index, String nip, boolean stored, String reason, UUID enrollmentId) {
    }

    /** One participant's completion decision. */
    public record Outcome(UUID enrollmentId, String nip, Enrollment.Status status, BigDecimal attendanceShare,
                          BigDecimal postTest, List<CompletionRule.Shortfall> shortfalls, String certificateNumber) {
    }
}
