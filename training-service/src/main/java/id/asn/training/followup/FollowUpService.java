package id.asn.training.followup;

import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingFollowUpAnsweredV1;
import id.asn.platform.kit.caller.PeopleAccess;
import id.asn.platform.kit.employee.EmployeeDirectory;
import id.asn.platform.kit.nip.Nip;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.training.config.TrainingConfig;
import id.asn.training.followup.FollowUpViews.FollowUpAnswer;
import id.asn.training.followup.FollowUpViews.Completed;
import id.asn.training.followup.FollowUpViews.FollowUpView;
import id.asn.training.followup.FollowUpViews.FollowUpLine;
import id.asn.training.followup.FollowUpViews.FollowUpObservation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Follow-up evaluation at work (docs/domain.md §2.7): scheduled with each completion, due some months later,
 * answered once by the employee's direct supervisor, which publishes {@code asn.training.follow-up-answered.v1}
 * for competency-service to record as evidence. Lists by supervisor, unit and state for supervisors (their direct
 * reports) and hr-admin (the agency).
 */
@ApplicationScoped
@Transactional
public class FollowUpService {

    /** The {@code supervisor} filter's word for the caller. */
    public static final String ME = "me";

    private final FollowUpRepository followUps;
    private final FollowUpQuery query;
    private final EmployeeDirectory directory;
    private final PeopleAccess people;
    private final Outbox outbox;
    private final FollowUpRule rule;
    private final EntityManager em;

    @Inject
    FollowUpService(FollowUpRepository followUps, FollowUpQuery query, EmployeeDirectory directory,
                    PeopleAccess people, Outbox outbox, TrainingConfig config, EntityManager em) {
        this.em = em;
        this.followUps = followUps;
        this.query = query;
        this.directory = directory;
        this.people = people;
        this.outbox = outbox;
        this.rule = new FollowUpRule(config.followUp().months(), config.followUp().answerDays());
    }

    /**
     * One follow-up per completion of a programme that addresses competencies, due {@code training.follow-up.months}
     * after the completion date; in the completion's transaction, so a completion never lacks its follow-up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void scheduleAll(List<Completed> completions) {
        // a completion given again after a correction keeps the follow-up its supervisor already answered
        Set<UUID> scheduled = completions.isEmpty() ? Set.of() : followUps.scoped("enrollmentId in :ids",
                Map.of("ids", completions.stream().map(Completed::enrollmentId).toList())).list().stream()
                .map(f -> f.enrollmentId).collect(Collectors.toSet());
        for (Completed completed : completions) {
            if (completed.competencies().isEmpty() || scheduled.contains(completed.enrollmentId())) {
                continue;
            }
            FollowUp followUp = new FollowUp();
            followUp.enrollmentId = completed.enrollmentId();
            followUp.nip = completed.nip();
            followUp.programId = completed.programId();
            followUp.programTitle = completed.programTitle();
            followUp.completedOn = completed.completedOn();
            followUp.dueOn = rule.dueOn(completed.completedOn());
            completed.competencies().forEach(t -> followUp.items.add(new FollowUp.Item(t.competencyCode(),
                    t.targetLevel())));
            followUps.persist(followUp);
        }
    }

    /**
     * Withdraws the follow-ups not yet answered of completions that were withdrawn (docs/domain.md §2.6.5); an
     * answered one stays, as what the supervisor observed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawUnanswered(List<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return;
        }
        String tenant = TenantContext.current();
        em.createNativeQuery("""
                        delete from follow_up_item where follow_up_id in (select id from follow_up
                            where tenant_id = :tenant and enrollment_id in (:enrollments) and answered_on is null)""")
                .setParameter("tenant", tenant).setParameter("enrollments", enrollmentIds).executeUpdate();
        em.createNativeQuery("""
                        delete from follow_up where tenant_id = :tenant and enrollment_id in (:enrollments)
                        and answered_on is null""")
                .setParameter("tenant", tenant).setParameter("enrollments", enrollmentIds).executeUpdate();
    }

    /** The form: the employee's own, a supervisor's direct reports', anyone's for hr-admin; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpView get(UUID id) {
        FollowUp followUp = followUps.require(id);
        people.requireVisible(followUp.nip);
        return views(List.of(followUp)).get(0);
    }

    /**
     * Follow-ups by supervisor ({@value #ME} or a NIP), unit, employee and states, in due order. A supervisor sees
     * only their direct reports' (another supervisor's NIP gives an empty page), hr-admin the agency's.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FollowUpView> list(String supervisor, String unitId, String nip, Set<FollowUpRule.State> states,
                                   PageRequest page) {
        String supervisorNip = supervisor == null ? null : supervisorNip(supervisor);
        if (!people.isAgencyWide()) {
            String own = people.ownNip();
            if (supervisorNip != null && !supervisorNip.equals(own)) {
                return Page.of(List.of(), page, 0);
            }
            supervisorNip = own;
        }
        FollowUpQuery.Result found = query.page(new FollowUpQuery.Filter(supervisorNip, unitId, nip, states), rule,
                LocalDate.now(), page);
        if (found.ids().isEmpty()) {
            return Page.of(List.of(), page, found.total());
        }
        Map<UUID, FollowUp> byId = followUps.scoped("id in :ids", Map.of("ids", found.ids())).list().stream()
                .collect(Collectors.toMap(f -> f.id, Function.identity()));
        return Page.of(views(found.ids().stream().map(byId::get).toList()), page, found.total());
    }

    /**
     * The supervisor's answer: only the employee's direct supervisor (hr-admin and the employee 403, anyone else
     * 404), once (409), from the due date on (422), an observation for each competency of the form and no other
     * (400 naming the field). Publishes the answer in the same transaction.
     */
    public FollowUpView answer(UUID id, FollowUpAnswer answer) {
        FollowUp followUp = followUps.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(f -> f.tenantId.equals(TenantContext.current()))
                .orElseThrow(ProblemException::notFound);
        if (!people.isDirectReport(followUp.nip)) {
            throw people.canSee(followUp.nip) ? ProblemException.forbidden() : ProblemException.notFound();
        }
        if (followUp.answeredOn != null) {
            throw ProblemException.conflict("follow-up.answered", followUp.answeredOn);
        }
        LocalDate today = LocalDate.now();
        if (rule.state(followUp.dueOn, false, today) == FollowUpRule.State.PENDING) {
            throw ProblemException.rule("follow-up.not-due", followUp.dueOn);
        }
        Map<String, FollowUpObservation> observations = validate(followUp, answer);
        for (FollowUp.Item item : followUp.items) {
            FollowUpObservation observation = observations.get(item.competencyCode);
            item.observedLevel = observation.observedLevel();
            item.applied = rule.applied(item.targetLevel, observation.observedLevel());
            item.example = observation.example().strip();
        }
        followUp.answeredOn = today;
        followUp.answeredBy = people.ownNip();
        outbox.record(EventTypes.TRAINING_FOLLOW_UP_ANSWERED, followUp.nip, answered(followUp));
        return views(List.of(followUp)).get(0);
    }

    private Map<String, FollowUpObservation> validate(FollowUp followUp, FollowUpAnswer answer) {
        Set<String> addressed = followUp.items.stream().map(i -> i.competencyCode).collect(Collectors.toSet());
        Map<String, FollowUpObservation> byCode = new HashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < answer.competencies().size(); i++) {
            String code = answer.competencies().get(i).competencyCode().strip();
            String field = "competencies[" + i + "].competencyCode";
            if (!addressed.contains(code)) {
                violations.add(new FieldViolation(field, "follow-up.competency-not-addressed", code));
            } else if (byCode.putIfAbsent(code, answer.competencies().get(i)) != null) {
                violations.add(new FieldViolation(field, "follow-up.competency-twice", code));
            }
        }
        List<String> missing = followUp.items.stream().map(i -> i.competencyCode)
                .filter(code -> !byCode.containsKey(code)).toList();
        if (!missing.isEmpty()) {
            violations.add(new FieldViolation("competencies", "follow-up.competency-missing",
                    String.join(", ", missing)));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return byCode;
    }

    private String supervisorNip(String supervisor) {
        if (ME.equalsIgnoreCase(supervisor.strip())) {
            return people.ownNip();
        }
        try {
            return Nip.parse(NipInput.normalise(supervisor)).value();
        } catch (Nip.InvalidNipException e) {
            throw ProblemException.invalid("supervisor", e.rule());
        }
    }

    private TrainingFollowUpAnsweredV1 answered(FollowUp f) {
        return new TrainingFollowUpAnsweredV1(f.id.toString(), f.nip, f.answeredBy, f.enrollmentId.toString(),
                f.programId.toString(), f.programTitle, f.completedOn, f.dueOn, f.answeredOn,
                f.items.stream().map(i -> new TrainingFollowUpAnsweredV1.Observation(i.competencyCode, i.targetLevel,
                        i.observedLevel, i.applied.name(), i.example)).toList());
    }

    private List<FollowUpView> views(List<FollowUp> all) {
        Map<String, EmployeeDirectory.Person> persons = directory.find(all.stream().map(f -> f.nip)
                .collect(Collectors.toSet()));
        LocalDate today = LocalDate.now();
        return all.stream().map(f -> {
            EmployeeDirectory.Person p = persons.get(f.nip);
            return new FollowUpView(f.id, f.nip, p == null ? null : p.name(), p == null ? null : p.unitId(),
                    p == null ? null : p.unitName(), p == null ? null : p.supervisorNip(), f.enrollmentId,
                    f.programId, f.programTitle, f.completedOn, f.dueOn,
                    rule.state(f.dueOn, f.answeredOn != null, today), f.answeredOn, f.answeredBy,
                    f.items.stream().map(i -> new FollowUpLine(i.competencyCode, i.targetLevel, i.observedLevel,
                            i.applied, i.example)).toList(), f.version);
        }).toList();
    }
}
