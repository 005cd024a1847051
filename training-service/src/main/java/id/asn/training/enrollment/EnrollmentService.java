package id.asn.training.enrollment;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingEnrolledV1;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.training.enrollment.EnrollmentViews.CompletionOutcome;
import id.asn.training.enrollment.EnrollmentViews.Enroll;
import id.asn.training.enrollment.EnrollmentViews.EnrollmentView;
import id.asn.training.enrollment.EnrollmentViews.Participant;
import id.asn.training.institution.PartnerScope;
import id.asn.training.plan.BudgetGuard;
import id.asn.training.session.SessionService;
import id.asn.training.session.SessionViews.Schedule;
import id.asn.training.session.SessionViews.SessionFacts;
import id.asn.training.session.TrainingSession;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Places employees in sessions: by nomination (supervisor for direct reports, hr-admin for anyone) or by request
 * with approval; a full session puts people on its waitlist, and a freed seat goes to the longest waiting.
 */
@ApplicationScoped
@Transactional
public class EnrollmentService {

    private final EnrollmentRepository enrollments;
    private final SessionService sessions;
    private final EmployeeDirectory directory;
    private final PeopleAccess people;
    private final PartnerScope partner;
    private final BudgetGuard budget;
    private final OutcomeBatch outcomeBatch;
    private final Outbox outbox;
    private final Caller caller;

    @Inject
    EnrollmentService(EnrollmentRepository enrollments, SessionService sessions, EmployeeDirectory directory,
                      PeopleAccess people, PartnerScope partner, BudgetGuard budget, OutcomeBatch outcomeBatch,
                      Outbox outbox, Caller caller) {
        this.enrollments = enrollments;
        this.sessions = sessions;
        this.directory = directory;
        this.people = people;
        this.partner = partner;
        this.budget = budget;
        this.outcomeBatch = outcomeBatch;
        this.outbox = outbox;
        this.caller = caller;
    }

    public EnrollmentView enroll(Enroll request) {
        String nip = request.nip() != null ? request.nip() : people.ownNip();
        boolean self = caller.nip().map(nip::equals).orElse(false);
        boolean nominating = people.isAgencyWide() || (!self && people.isDirectReport(nip));
        if (!nominating && !self) {
            throw ProblemException.notFound();
        }
        boolean known = directory.find(nip).filter(EmployeeDirectory.Person::active).isPresent();
        SessionFacts session = sessions.lock(request.sessionId());
        if (!session.open()) {
            throw ProblemException.rule("session.closed");
        }
        if (!nominating && session.enrollmentMode() != TrainingSession.EnrollmentMode.REQUEST) {
            throw ProblemException.rule("enrollment.nomination-only");
        }
        Enrollment enrollment = enrollments.find(session.id(), nip).orElse(null);
        switch (NominationRule.admit(known, enrollment == null ? null : enrollment.status)) {
            case UNKNOWN_EMPLOYEE -> throw ProblemException.rule("enrollment.unknown-employee", nip);
            case ALREADY_PLACED -> throw ProblemException.conflict("enrollment.exists", enrollment.status);
            case ADMITTED -> {
            }
        }
        if (enrollment == null) {
            enrollment = new Enrollment();
            enrollment.sessionId = session.id();
            enrollment.nip = nip;
        }
        enrollment.origin = nominating ? Enrollment.Origin.NOMINATION : Enrollment.Origin.REQUEST;
        enrollment.requestedBy = caller.subject();
        enrollment.decidedBy = null;
        enrollment.status = Enrollment.Status.REQUESTED;
        if (enrollment.version == null) {
            enrollments.persist(enrollment);
        }
        if (nominating) {
            place(enrollment, session, request.overrideReason());
        }
        return EnrollmentView.of(enrollment);
    }

    public EnrollmentView approve(UUID id, String overrideReason) {
        Enrollment enrollment = requireDecidable(id);
        SessionFacts session = sessions.lock(enrollment.sessionId);
        if (!session.open()) {
            throw ProblemException.rule("session.closed");
        }
        enrollment.decidedBy = caller.subject();
        place(enrollment, session, overrideReason);
        return EnrollmentView.of(enrollment);
    }

    public EnrollmentView reject(UUID id) {
        Enrollment enrollment = requireDecidable(id);
        enrollment.status = Enrollment.Status.REJECTED;
        enrollment.decidedBy = caller.subject();
        return EnrollmentView.of(enrollment);
    }

    public EnrollmentView cancel(UUID id) {
        Enrollment enrollment = enrollments.require(id);
        people.requireVisible(enrollment.nip);
        if (!EnumSet.of(Enrollment.Status.REQUESTED, Enrollment.Status.ENROLLED, Enrollment.Status.WAITLISTED)
                .contains(enrollment.status)) {
            throw ProblemException.rule("enrollment.not-cancellable", enrollment.status);
        }
        SessionFacts session = sessions.lock(enrollment.sessionId);
        boolean freedSeat = enrollment.status == Enrollment.Status.ENROLLED;
        enrollment.status = Enrollment.Status.CANCELLED;
        enrollment.decidedBy = caller.subject();
        if (freedSeat) {
            // the seat's cost passes to the next person, so the budget is charged no more than before
            enrollments.firstWaitlisted(session.id()).ifPresent(next -> {
                next.status = Enrollment.Status.ENROLLED;
                publishEnrolled(next, session);
            });
        }
        return EnrollmentView.of(enrollment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EnrollmentView get(UUID id) {
        Enrollment enrollment = enrollments.require(id);
        if (partner.isPartner()) {
            sessions.requireAccessible(enrollment.sessionId);
        } else {
            people.requireVisible(enrollment.nip);
        }
        return EnrollmentView.of(enrollment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EnrollmentView> list(UUID sessionId, String nip, Enrollment.Status status, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (partner.isPartner()) {
            if (sessionId == null) {
                throw ProblemException.invalid("sessionId", "enrollment.session-required");
            }
            sessions.requireAccessible(sessionId);
        } else {
            Optional<List<String>> visible = people.visibleNips();
            if (visible.isPresent()) {
                condition.append(" and nip in :visible");
                params.put("visible", visible.get());
            }
        }
        if (sessionId != null) {
            condition.append(" and sessionId = :session");
            params.put("session", sessionId);
        }
        if (nip != null) {
            condition.append(" and nip = :nip");
            params.put("nip", nip);
        }
        if (status != null) {
            condition.append(" and status = :status");
            params.put("status", status);
        }
        return enrollments.page(enrollments.scoped(condition.toString(), params, Sort.by("createdAt").and("id")),
                page, EnrollmentView::of);
    }

    private Enrollment requireDecidable(UUID id) {
        Enrollment enrollment = enrollments.require(id);
        if (!people.isAgencyWide() && !people.isDirectReport(enrollment.nip)) {
            throw ProblemException.notFound();
        }
        if (enrollment.status != Enrollment.Status.REQUESTED) {
            throw ProblemException.rule("enrollment.not-requested", enrollment.status);
        }
        return enrollment;
    }

    private void place(Enrollment enrollment, SessionFacts session, String overrideReason) {
        if (NominationRule.place(enrollments.seatsTaken(session.id()), session.capacity())
                == NominationRule.Placement.WAITLIST) {
            enrollment.status = Enrollment.Status.WAITLISTED;
            return;
        }
        Schedule schedule = sessions.schedule(session);
        budget.chargeSeat(schedule.year(), schedule.program().costPerParticipant(), overrideReason, enrollment.id);
        enrollment.status = Enrollment.Status.ENROLLED;
        publishEnrolled(enrollment, session, schedule);
    }

    private void publishEnrolled(Enrollment enrollment, SessionFacts session) {
        publishEnrolled(enrollment, session, sessions.schedule(session));
    }

    private void publishEnrolled(Enrollment enrollment, SessionFacts session, Schedule schedule) {
        outbox.recordAll(EventTypes.TRAINING_ENROLLED, List.of(enrolled(enrollment.id, enrollment.nip, session,
                schedule)));
    }

    /** The event of a seat given, the same for one nomination, an approval, the waitlist and a bulk nomination. */
    static Outbox.Event enrolled(UUID enrollmentId, String nip, SessionFacts session, Schedule schedule) {
        return new Outbox.Event(nip, new TrainingEnrolledV1(enrollmentId.toString(), nip,
                schedule.program().id().toString(), schedule.program().title(), session.id().toString(),
                schedule.startDate(), schedule.endDate(), session.mandatory()));
    }

    /** The participant behind an enrolment of this agency (404 otherwise). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant participant(UUID enrollmentId) {
        return Participant.of(enrollments.require(enrollmentId));
    }

    /**
     * Participants whose completion is still open (ENROLLED, or NOT_COMPLETED after a correction), by NIP; in a
     * reopened session also the COMPLETED, whose completion is decided again (docs/domain.md §2.6.5).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Participant> openForCompletion(UUID sessionId, boolean reopened) {
        List<Enrollment.Status> open = reopened
                ? List.of(Enrollment.Status.ENROLLED, Enrollment.Status.NOT_COMPLETED, Enrollment.Status.COMPLETED)
                : List.of(Enrollment.Status.ENROLLED, Enrollment.Status.NOT_COMPLETED);
        return enrollments.ofSession(sessionId, open).stream().map(Participant::of).toList();
    }

    /** Records the outcomes completion decided, all in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOutcomes(List<CompletionOutcome> outcomes) {
        outcomeBatch.write(caller.subject(), outcomes);
    }
}
