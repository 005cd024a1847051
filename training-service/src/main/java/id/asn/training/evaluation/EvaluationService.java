package id.asn.training.evaluation;

import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.attendance.AttendanceService;
import id.asn.training.enrollment.EnrollmentService;
import id.asn.training.enrollment.EnrollmentViews.Participant;
import id.asn.training.evaluation.EvaluationViews.FeedbackView;
import id.asn.training.evaluation.EvaluationViews.GiveFeedback;
import id.asn.training.evaluation.EvaluationViews.Summary;
import id.asn.training.program.ProgramService;
import id.asn.training.session.SessionService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Participant evaluation: reaction scores only from people who attended at least one meeting (the server checks
 * attendance, not the client; frappe/hrms#3394), learning gain from the tests, a summary per programme.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {

    private final FeedbackRepository feedback;
    private final EnrollmentService enrollments;
    private final AttendanceService attendance;
    private final SessionService sessions;
    private final ProgramService programs;
    private final PeopleAccess people;
    private final EntityManager em;

    @Inject
    EvaluationService(FeedbackRepository feedback, EnrollmentService enrollments, AttendanceService attendance,
                      SessionService sessions, ProgramService programs, PeopleAccess people, EntityManager em) {
        this.feedback = feedback;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.sessions = sessions;
        this.programs = programs;
        this.people = people;
        this.em = em;
    }

    public FeedbackView give(GiveFeedback request) {
        Participant participant = enrollments.participant(request.enrollmentId());
        if (!participant.nip().equals(people.ownNip())) {
            throw ProblemException.notFound();
        }
        if (!attendance.attendedAny(participant.enrollmentId())) {
            throw ProblemException.rule("feedback.not-attended");
        }
        if (feedback.scoped("enrollmentId = :enrollment", Map.of("enrollment", participant.enrollmentId())).count() > 0) {
            throw ProblemException.conflict("feedback.exists");
        }
        Feedback given = new Feedback();
        given.enrollmentId = participant.enrollmentId();
        given.programId = sessions.requireAccessible(participant.sessionId()).programId();
        given.nip = participant.nip();
        given.relevance = request.relevance().shortValue();
        given.content = request.content().shortValue();
        given.facilitator = request.facilitator().shortValue();
        given.organisation = request.organisation().shortValue();
        given.usefulness = request.usefulness().shortValue();
        given.comment = request.comment();
        feedback.persist(given);
        return FeedbackView.of(given);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FeedbackView> list(UUID programId, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Optional<List<String>> visible = people.visibleNips();
        if (visible.isPresent()) {
            // a supervisor reads only their own: reaction scores are the participant's voice
            condition.append(" and nip = :own");
            params.put("own", people.ownNip());
        }
        if (programId != null) {
            condition.append(" and programId = :program");
            params.put("program", programId);
        }
        return feedback.page(feedback.scoped(condition.toString(), params, Sort.by("createdAt").and("id")), page,
                FeedbackView::of);
    }

    /** Averages of the reaction scores and of the learning gain over the programme's sessions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(UUID programId) {
        String title = programs.terms(programId).title();
        String tenant = TenantContext.current();
        Object[] reaction = (Object[]) em.createNativeQuery("""
                        select count(*), avg(relevance), avg(content), avg(facilitator), avg(organisation),
                               avg(usefulness), avg((relevance + content + facilitator + organisation + usefulness) / 5.0)
                        from feedback where tenant_id = :tenant and program_id = :program""")
                .setParameter("tenant", tenant).setParameter("program", programId).getSingleResult();
        Object[] outcome = (Object[]) em.createNativeQuery("""
                        select count(*) filter (where e.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')),
                               count(*) filter (where e.status = 'COMPLETED')
                        from enrollment e join training_session s on s.id = e.session_id
                        where e.tenant_id = :tenant and s.program_id = :program""")
                .setParameter("tenant", tenant).setParameter("program", programId).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> tests = em.createNativeQuery("""
                        select e.pre_test, e.post_test
                        from enrollment e join training_session s on s.id = e.session_id
                        where e.tenant_id = :tenant and s.program_id = :program
                          and e.pre_test is not null and e.post_test is not null""")
                .setParameter("tenant", tenant).setParameter("program", programId).getResultList();
        List<BigDecimal> gains = tests.stream().map(t -> LearningGain.raw((BigDecimal) t[0], (BigDecimal) t[1])).toList();
        List<BigDecimal> normalized = tests.stream().map(t -> LearningGain.normalized((BigDecimal) t[0], (BigDecimal) t[1]))
                .filter(java.util.Objects::nonNull).toList();
        return new Summary(programId, title, ((Number) reaction[0]).intValue(), avg(reaction[1]), avg(reaction[2]),
                avg(reaction[3]), avg(reaction[4]), avg(reaction[5]), avg(reaction[6]),
                ((Number) outcome[0]).intValue(), ((Number) outcome[1]).intValue(), tests.size(),
                mean(gains, 2), mean(normalized, 4));
    }

    private static BigDecimal mean(List<BigDecimal> values, int scale) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    private static BigDecimal avg(Object value) {
        return value == null ? null : ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
    }
}
