package id.asn.training.result;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.events.training.TrainingCompletionCorrectedV1;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.nip.Nip;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.problem.Messages;
import id.asn.platform.problem.Problem;
import id.asn.training.attendance.AttendanceService;
import id.asn.training.enrollment.Enrollment;
import id.asn.training.enrollment.EnrollmentService;
import id.asn.training.enrollment.EnrollmentViews.CompletionOutcome;
import id.asn.training.enrollment.EnrollmentViews.Participant;
import id.asn.training.followup.FollowUpService;
import id.asn.training.followup.FollowUpViews.Completed;
import id.asn.training.followup.FollowUpViews.Target;
import id.asn.training.institution.InstitutionService;
import id.asn.training.ledger.LedgerService;
import id.asn.training.ledger.LedgerViews.TrainingCredit;
import id.asn.training.program.ProgramViews.ProgramTerms;
import id.asn.training.result.ResultViews.CertificateIssue;
import id.asn.training.result.ResultViews.Outcome;
import id.asn.training.result.ResultViews.Score;
import id.asn.training.result.ResultViews.ScoreResult;
import id.asn.training.session.SessionService;
import id.asn.training.session.SessionViews.Schedule;
import id.asn.training.session.SessionViews.SessionFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test scores from partners and the completion decision: attendance share and pass mark per the programme; a
 * completion issues a certificate, credits the JP ledger, schedules the follow-up at work (docs/domain.md §2.7) and
 * publishes {@code asn.training.completed.v1}, all in one transaction. The enrolment feature records each outcome.
 */
@ApplicationScoped
@Transactional
public class ResultService {

    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private final SessionService sessions;
    private final EnrollmentService enrollments;
    private final AttendanceService attendance;
    private final EmployeeDirectory directory;
    private final InstitutionService institutions;
    private final LedgerService ledger;
    private final CertificateService certificates;
    private final CertificateNumbers numbers;
    private final ScoreBatch scoreBatch;
    private final FollowUpService followUps;
    private final Outbox outbox;
    private final Caller caller;

    @Inject
    ResultService(SessionService sessions, EnrollmentService enrollments, AttendanceService attendance,
                  EmployeeDirectory directory, InstitutionService institutions, LedgerService ledger,
                  CertificateService certificates, CertificateNumbers numbers, ScoreBatch scoreBatch,
                  FollowUpService followUps, Outbox outbox, Caller caller) {
        this.sessions = sessions;
        this.enrollments = enrollments;
        this.attendance = attendance;
        this.directory = directory;
        this.institutions = institutions;
        this.ledger = ledger;
        this.certificates = certificates;
        this.numbers = numbers;
        this.scoreBatch = scoreBatch;
        this.followUps = followUps;
        this.outbox = outbox;
        this.caller = caller;
    }

    /**
     * Stores pre/post-test scores for the session's participants in one statement; a result per row. A row with a
     * wrong NIP or a score outside 0..100 is rejected on its own, the others are stored (docs/domain.md §2.6.3).
     */
    public List<ScoreResult> postScores(UUID sessionId, List<Score> scores, Messages messages) {
        SessionFacts facts = sessions.requireAccessible(sessionId);
        sessions.requireAmendable(facts.id());
        UUID session = facts.id();
        ScoreResult[] results = new ScoreResult[scores.size()];
        List<ScoreBatch.Row> accepted = new ArrayList<>(scores.size());
        for (int index = 0; index < scores.size(); index++) {
            Score score = scores.get(index);
            List<Problem.FieldError> errors = new ArrayList<>(0);
            String reason = null;
            String nip = score.nip();
            try {
                nip = Nip.parse(score.nip()).value();
            } catch (Nip.InvalidNipException invalid) {
                errors.add(new Problem.FieldError("nip", messages.get(invalid.rule())));
                reason = "INVALID_NIP";
            }
            boolean inRange = inRange("preTest", score.preTest(), errors, messages)
                    & inRange("postTest", score.postTest(), errors, messages);
            if (!inRange && reason == null) {
                reason = "SCORE_OUT_OF_RANGE";
            }
            if (errors.isEmpty()) {
                accepted.add(new ScoreBatch.Row(index, nip, score.preTest(), score.postTest()));
            } else {
                results[index] = new ScoreResult(index, nip, false, reason, null, List.copyOf(errors));
            }
        }
        if (!accepted.isEmpty()) {
            scoreBatch.write(session, facts.reopened(), caller.subject(), accepted).forEach(result -> results[result.index()] = result);
        }
        return List.of(results);
    }

    private static boolean inRange(String field, BigDecimal score, List<Problem.FieldError> errors,
                                   Messages messages) {
        if (score == null || (score.signum() >= 0 && score.compareTo(MAX_SCORE) <= 0)) {
            return true;
        }
        errors.add(new Problem.FieldError(field, messages.get("result.score.range", field)));
        return false;
    }

    /**
     * Decides completion for every participant still open (ENROLLED, or NOT_COMPLETED after a correction) once
     * the last meeting is over, and closes the session. Running it again on a closed session re-decides only
     * those not completed; on a session hr-admin reopened it re-decides everyone (docs/domain.md §2.6.5): a
     * completion that no longer holds is withdrawn (certificate revoked, JP taken off the ledger, unanswered
     * follow-up withdrawn), one given again after a withdrawal gets a reissued certificate, and each change of a
     * completion already published is published as {@code asn.training.completion-corrected.v1} with the next
     * revision. The outcomes, certificates, JP credits and events are written one statement each, whatever the
     * number of participants.
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
        List<Participant> open = enrollments.openForCompletion(session.id(), session.reopened());
        Map<UUID, CompletionRule.Decision> decisions = new HashMap<>();
        for (Participant participant : open) {
            decisions.put(participant.enrollmentId(), rule.decide(attended.getOrDefault(participant.enrollmentId(), 0),
                    schedule.meetings().size(), participant.postTest()));
        }
        Map<String, String> holders = directory.names(open.stream()
                .filter(p -> decisions.get(p.enrollmentId()).completed() && !p.completed())
                .map(Participant::nip).toList());
        List<Outcome> outcomes = new ArrayList<>();
        List<CompletionOutcome> recorded = new ArrayList<>();
        List<CertificateIssue> issues = new ArrayList<>();
        List<TrainingCredit> credits = new ArrayList<>();
        List<Outbox.Event> events = new ArrayList<>();
        List<Outbox.Event> corrections = new ArrayList<>();
        List<Completed> completed = new ArrayList<>();
        List<String> revoked = new ArrayList<>();
        List<UUID> withdrawn = new ArrayList<>();
        List<Target> targets = program.competencies().stream()
                .map(c -> new Target(c.competencyCode(), c.targetLevel())).toList();
        String institutionName = institutions.name(program.institutionId());
        for (Participant participant : open) {
            CompletionRule.Decision decision = decisions.get(participant.enrollmentId());
            List<String> shortfalls = decision.shortfalls().stream().map(Enum::name).toList();
            int revision = participant.completionRevision();
            String number = null;
            if (decision.completed() && participant.completed()) {
                // a completion that still holds keeps its certificate, its credit and what consumers were told
                number = participant.certificateNumber();
            } else if (decision.completed()) {
                String holder = holders.get(participant.nip());
                if (holder == null) {
                    throw new IllegalStateException("enrolled employee missing from projection");
                }
                number = numbers.next(schedule.endDate().getYear());
                issues.add(new CertificateIssue(number, participant.enrollmentId(), holder));
                credits.add(new TrainingCredit(participant.nip(), participant.enrollmentId(), number));
                revision++;
                if (revision == 1) {
                    events.add(new Outbox.Event(participant.nip(), completed(participant, schedule, institutionName,
                            number)));
                } else {
                    corrections.add(new Outbox.Event(participant.nip(), corrected(participant, revision, schedule,
                            institutionName, number, session.reopenReason())));
                }
                completed.add(new Completed(participant.enrollmentId(), participant.nip(), program.id(),
                        program.title(), schedule.endDate(), targets));
            } else if (participant.completed()) {
                revoked.add(participant.certificateNumber());
                withdrawn.add(participant.enrollmentId());
                revision++;
                corrections.add(new Outbox.Event(participant.nip(), corrected(participant, revision, schedule,
                        institutionName, null, session.reopenReason())));
            }
            Enrollment.Status status = decision.completed() ? Enrollment.Status.COMPLETED
                    : Enrollment.Status.NOT_COMPLETED;
            recorded.add(new CompletionOutcome(participant.enrollmentId(), status, decision.share(), shortfalls,
                    decision.completed() ? schedule.endDate() : null, number, revision));
            outcomes.add(new Outcome(participant.enrollmentId(), participant.nip(), status, decision.share(),
                    participant.postTest(), decision.shortfalls(), number));
        }
        // withdrawals first: a reissue for the same enrolment needs its old certificate and credit gone
        certificates.revokeAll(revoked, session.reopenReason());
        ledger.withdrawTrainings(withdrawn);
        followUps.withdrawUnanswered(withdrawn);
        enrollments.recordOutcomes(recorded);
        certificates.issueAll(program.title(), schedule.endDate(), issues);
        ledger.creditTrainings(schedule.jp(), schedule.minutes(), schedule.endDate(), program.title(), credits);
        followUps.scheduleAll(completed);
        outbox.recordAll(EventTypes.TRAINING_COMPLETED, events);
        outbox.recordAll(EventTypes.TRAINING_COMPLETION_CORRECTED, corrections);
        sessions.close(session.id());
        return outcomes;
    }

    private static TrainingCompletionCorrectedV1 corrected(Participant participant, int revision, Schedule schedule,
                                                           String institutionName, String certificateNumber,
                                                           String reason) {
        ProgramTerms program = schedule.program();
        boolean completed = certificateNumber != null;
        return new TrainingCompletionCorrectedV1(participant.enrollmentId().toString(), participant.nip(), revision,
                completed, program.id().toString(), program.title(), program.developmentPath().name(),
                institutionName, targets(program), completed ? schedule.jp() : BigDecimal.ZERO, schedule.startDate(),
                completed ? schedule.endDate() : null, certificateNumber,
                completed ? null : participant.certificateNumber(), reason, program.raterTraining());
    }

    private static List<TrainingCompletedV1.TargetCompetency> targets(ProgramTerms program) {
        return program.competencies().stream()
                .map(c -> new TrainingCompletedV1.TargetCompetency(c.competencyCode(), c.targetLevel())).toList();
    }

    private static TrainingCompletedV1 completed(Participant participant, Schedule schedule, String institutionName,
                                                 String certificateNumber) {
        ProgramTerms program = schedule.program();
        return new TrainingCompletedV1(participant.enrollmentId().toString(), participant.nip(),
                program.id().toString(), program.title(), program.developmentPath().name(), institutionName,
                targets(program), schedule.jp(), schedule.startDate(), schedule.endDate(), certificateNumber,
                program.raterTraining());
    }
}
