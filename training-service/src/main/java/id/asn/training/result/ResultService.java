package id.asn.training.result;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.sql.NamedSql;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.attendance.AttendanceService;
import id.asn.training.employee.EmployeeDirectory;
import id.asn.training.enrollment.Enrollment;
import id.asn.training.enrollment.EnrollmentService;
import id.asn.training.enrollment.EnrollmentViews.Participant;
import id.asn.training.institution.InstitutionService;
import id.asn.training.ledger.LedgerService;
import id.asn.training.program.ProgramViews.ProgramTerms;
import id.asn.training.result.ResultViews.Outcome;
import id.asn.training.result.ResultViews.Score;
import id.asn.training.result.ResultViews.ScoreResult;
import id.asn.training.session.SessionService;
import id.asn.training.session.SessionViews.Schedule;
import id.asn.training.session.SessionViews.SessionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Test scores from partners and the completion decision: attendance share and pass mark per the programme; a
 * completion issues a certificate, credits the JP ledger and publishes {@code asn.training.completed.v1}, all in
 * one transaction. The enrolment feature records each outcome.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    private static final NamedSql SCORES_SQL = NamedSql.of("""
            with input as (
                select * from unnest(:idx::int[], :nips::text[], :pre::numeric[], :post::numeric[])
                    as t(idx, nip, pre, post)
            ), ranked as (
                select i.*, row_number() over (partition by i.nip order by i.idx) as rk from input i
            ), updated as (
                update enrollment e set pre_test = coalesce(r.pre, e.pre_test), post_test = coalesce(r.post, e.post_test),
                       updated_at = now(), updated_by = :actor, version = e.version + 1
                from ranked r
                where r.rk = 1 and e.tenant_id = :tenant and e.session_id = :session and e.nip = r.nip
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
            left join enrollment en on en.tenant_id = :tenant and en.session_id = :session and en.nip = r.nip
            order by r.idx""");

    private final SessionService sessions;
    private final EnrollmentService enrollments;
    private final AttendanceService attendance;
    private final EmployeeDirectory directory;
    private final InstitutionService institutions;
    private final LedgerService ledger;
    private final CertificateService certificates;
    private final CertificateNumbers numbers;
    private final Outbox outbox;
    private final Caller caller;
    private final EntityManager em;

    @Inject
    ResultService(SessionService sessions, EnrollmentService enrollments, AttendanceService attendance,
                  EmployeeDirectory directory, InstitutionService institutions, LedgerService ledger,
                  CertificateService certificates, CertificateNumbers numbers, Outbox outbox, Caller caller,
                  EntityManager em) {
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.directory = directory;
        this.institutions = institutions;
        this.ledger = ledger;
        this.certificates = certificates;
        this.numbers = numbers;
        this.outbox = outbox;
        this.caller = caller;
        this.em = em;
    }

    /** Stores pre/post-test scores for the session's participants in one statement; a result per row. */
    public List<ScoreResult> postScores(UUID sessionId, List<Score> scores) {
        SessionFacts session = sessions.requireAccessible(sessionId);
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
            try (NamedSql.Statement statement = SCORES_SQL.prepare(connection)) {
                statement.setArray("idx", "int4", idx).setArray("nips", "text", nips)
                        .setArray("pre", "numeric", pre).setArray("post", "numeric", post)
                        .set("actor", actor).set("tenant", tenant).set("session", session.id());
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
        SessionFacts session = sessions.lock(sessionId);
        Schedule schedule = sessions.schedule(session);
        if (schedule.endDate() == null || schedule.endDate().isAfter(LocalDate.now())) {
            throw ProblemException.rule("completion.session-not-finished", schedule.endDate());
        }
        if (schedule.jp().signum() <= 0) {
            throw ProblemException.rule("completion.no-jp");
        }
        ProgramTerms program = schedule.program();
        CompletionRule rule = new CompletionRule(program.attendanceShare(), program.postTestRequired(),
                program.passMark());
        Map<UUID, Integer> attended = attendance.attendedMeetings(session.id());
        String institutionName = institutions.name(program.institutionId());
        List<Outcome> outcomes = new ArrayList<>();
        for (Participant participant : enrollments.openForCompletion(session.id())) {
            CompletionRule.Decision decision = rule.decide(attended.getOrDefault(participant.enrollmentId(), 0),
                    schedule.meetings().size(), participant.postTest());
            String certificate = null;
            if (decision.completed()) {
                certificate = completeOne(participant, decision.share(), schedule, institutionName);
            } else {
                enrollments.recordNotCompleted(participant.enrollmentId(), decision.share(),
                        decision.shortfalls().stream().map(Enum::name).toList());
            }
            outcomes.add(new Outcome(participant.enrollmentId(), participant.nip(),
                    decision.completed() ? Enrollment.Status.COMPLETED : Enrollment.Status.NOT_COMPLETED,
                    decision.share(), participant.postTest(), decision.shortfalls(), certificate));
        }
        sessions.close(session.id());
        return outcomes;
    }

    private String completeOne(Participant participant, BigDecimal share, Schedule schedule, String institutionName) {
        ProgramTerms program = schedule.program();
        String holder = directory.find(participant.nip()).map(EmployeeDirectory.Person::name)
                .orElseThrow(() -> new IllegalStateException("enrolled employee missing from projection"));
        String number = numbers.next(schedule.endDate().getYear());
        enrollments.recordCompleted(participant.enrollmentId(), share, schedule.endDate(), number);
        certificates.issue(number, participant.enrollmentId(), holder, program.title(), schedule.endDate());
        ledger.creditTraining(participant.nip(), schedule.jp(), schedule.minutes(), schedule.endDate(),
                program.title(), participant.enrollmentId(), number);
        outbox.record(EventTypes.TRAINING_COMPLETED, participant.nip(), new TrainingCompletedV1(
                participant.enrollmentId().toString(), participant.nip(), program.id().toString(), program.title(),
                program.developmentPath().name(), institutionName, program.competencies().stream()
                .map(c -> new TrainingCompletedV1.TargetCompetency(c.competencyCode(), c.targetLevel())).toList(),
                schedule.jp(), schedule.startDate(), schedule.endDate(), number));
        return number;
    }
}
