package id.asn.competency.assessment;

import id.asn.competency.assessment.AssessmentViews.AssessmentSummary;
import id.asn.competency.assessment.AssessmentViews.AssessmentView;
import id.asn.competency.assessment.AssessmentViews.Observation;
import id.asn.competency.assessment.AssessmentViews.ObservedLevel;
import id.asn.competency.assessment.AssessmentViews.RecordAssessmentRequest;
import id.asn.competency.config.CompetencyConfig;
import id.asn.competency.dictionary.DictionaryService;
import id.asn.competency.employee.EmployeeService;
import id.asn.competency.employee.EmployeeViews.EmployeeView;
import id.asn.competency.gap.GapService;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.competency.CompetencyAssessedV1;
import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.outbox.Outbox;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records assessment evidence. Assessors and hr-admin record any method; a supervisor records SUPERVISOR
 * assessments of direct reports; an employee records a SELF assessment of themself. Those two correct only their
 * own assessments of the same method, so a self or supervisor judgement never replaces an assessor's result.
 * Assessors and hr-admin read any assessment of the agency; others their own or their direct reports'. A
 * supervisor's observation at work arrives only from a training's follow-up (docs/domain.md §2.7).
 */
@ApplicationScoped
@Transactional
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final EmployeeService employees;
    private final DictionaryService dictionary;
    private final CurrentLevels currentLevels;
    private final GapService gaps;
    private final Outbox outbox;
    private final Caller caller;
    private final CompetencyConfig config;

    @Inject
    AssessmentService(AssessmentRepository assessments, EmployeeService employees, DictionaryService dictionary,
                      CurrentLevels currentLevels, GapService gaps, Outbox outbox, Caller caller,
                      CompetencyConfig config) {
        this.assessments = assessments;
        this.employees = employees;
        this.dictionary = dictionary;
        this.currentLevels = currentLevels;
        this.gaps = gaps;
        this.outbox = outbox;
        this.caller = caller;
        this.config = config;
    }

    public AssessmentView record(RecordAssessmentRequest request) {
        if (request.method() == AssessmentMethod.SUPERVISOR_OBSERVATION) {
            throw ProblemException.invalid("method", "assessment.method.follow-up-only");
        }
        String nip = request.nip().replaceAll("\\s", "");
        EmployeeView employee = employees.findByNip(nip)
                .orElseThrow(() -> ProblemException.invalid("nip", "employee.unknown", nip));
        authorize(employee, request.method());
        boolean professional = caller.hasAnyRole(Roles.ASSESSOR, Roles.HR_ADMIN);
        LocalDate maxValidUntil = request.assessedOn().plus(config.assessment().validity());
        // a self or supervisor judgement must not outlive what an assessor's result would by default
        LocalDate validUntil = request.validUntil() == null
                || !professional && request.validUntil().isAfter(maxValidUntil) ? maxValidUntil : request.validUntil();
        validate(request, validUntil);
        if (request.supersedes() != null) {
            Assessment corrected = assessments.findInTenant(request.supersedes())
                    .orElseThrow(() -> ProblemException.invalid("supersedes", "assessment.unknown"));
            if (!corrected.employeeId.equals(employee.id())) {
                throw ProblemException.invalid("supersedes", "assessment.supersedes.other-employee");
            }
            if (!professional) {
                authorizeCorrection(corrected, request.method());
            }
            if (assessments.supersederOf(corrected.id).isPresent()) {
                throw ProblemException.conflict("assessment.already-superseded", corrected.id);
            }
        }
        Assessment a = new Assessment();
        a.employeeId = employee.id();
        a.method = request.method();
        // only assessors and hr-admin name who assessed; anyone else is the assessor themself
        a.assessor = !professional || request.assessor() == null || request.assessor().isBlank() ? caller.subject()
                : request.assessor().trim();
        a.assessedOn = request.assessedOn();
        a.validUntil = validUntil;
        a.supersedesId = request.supersedes();
        a.note = request.note();
        request.scores().forEach(s -> a.scores.add(new Assessment.Score(s.competencyCode(), s.score())));
        assessments.persist(a);
        assessments.flush();

        currentLevels.recompute(List.of(employee.id()), LocalDate.now());
        outbox.record(EventTypes.COMPETENCY_ASSESSED, employee.nip(), new CompetencyAssessedV1(a.id.toString(),
                employee.nip(), a.method.name(), a.assessor, a.assessedOn, a.validUntil,
                a.supersedesId == null ? null : a.supersedesId.toString(),
                a.scores.stream().map(s -> new CompetencyAssessedV1.Score(s.competencyCode, s.score)).toList()));
        gaps.refresh(List.of(employee.gapSubject()));
        return AssessmentView.of(a, employee.nip(), null);
    }

    /**
     * A supervisor's observation at work from a training's follow-up (docs/domain.md §2.7) as assessment evidence
     * of method SUPERVISOR_OBSERVATION, under the evidence rule (§1.8.2), valid as long as a result without an end
     * date. Once per follow-up, however often it is delivered. Competencies the dictionary does not know on the day
     * are left out: the follow-up's form comes from a programme, not from this dictionary. An employee this agency
     * does not know fails the event (it goes to the dead letters). Publishes no
     * {@code competency.assessed} (not an assessment session); a changed gap is published as usual.
     *
     * @return whether anything was recorded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordObservation(Observation observation) {
        if (assessments.scoped("followUpId = :f", Map.of("f", observation.followUpId())).count() > 0) {
            return false;
        }
        // the employee came to training-service from here: unknown, the event goes to the dead letters, not lost
        EmployeeView employee = employees.findByNip(observation.nip())
                .orElseThrow(() -> new IllegalStateException("observation of an employee this agency does not know"));
        List<ObservedLevel> known = observation.levels().stream()
                .filter(l -> dictionary.exists(l.competencyCode(), observation.observedOn())).toList();
        if (known.isEmpty()) {
            return false;
        }
        Assessment a = new Assessment();
        a.employeeId = employee.id();
        a.method = AssessmentMethod.SUPERVISOR_OBSERVATION;
        a.assessor = observation.supervisorNip();
        a.assessedOn = observation.observedOn();
        a.validUntil = observation.observedOn().plus(config.assessment().validity());
        a.note = observation.programTitle();
        a.followUpId = observation.followUpId();
        known.forEach(l -> a.scores.add(new Assessment.Score(l.competencyCode(), BigDecimal.valueOf(l.level()),
                l.example())));
        assessments.persist(a);
        assessments.flush();
        currentLevels.recompute(List.of(employee.id()), LocalDate.now());
        gaps.refresh(List.of(employee.gapSubject()));
        return true;
    }

    /** One assessment, with the one that corrected it; 404 when the caller may not read the employee's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentView get(UUID id) {
        Assessment a = assessments.require(id);
        EmployeeView employee = employees.require(a.employeeId);
        if (!caller.hasAnyRole(Roles.ASSESSOR, Roles.HR_ADMIN) && !employees.mayRead(employee)) {
            throw ProblemException.notFound();
        }
        return view(a, employee);
    }

    /** Every assessment of the employee, newest first, superseded ones included and marked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssessmentView> list(String nip, PageRequest page) {
        EmployeeView employee = caller.hasAnyRole(Roles.ASSESSOR, Roles.HR_ADMIN)
                ? employees.findByNip(nip).orElseThrow(ProblemException::notFound)
                : employees.personal(nip);
        PanacheQuery<Assessment> query = assessments.scoped("employeeId = :e", Map.of("e", employee.id()),
                Sort.descending("assessedOn").and("createdAt", Sort.Direction.Descending));
        List<Assessment> rows = query.page(page.page - 1, page.size).list();
        // who corrected each row, in one query for the page rather than one per row
        Map<UUID, UUID> supersededBy = assessments.superseders(rows.stream().map(a -> a.id).toList());
        return Page.of(rows.stream().map(a -> AssessmentView.of(a, employee.nip(), supersededBy.get(a.id))).toList(),
                page, query.count());
    }

    /** The employee's assessments for the profile, newest first, each marked when a correction replaced it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessmentSummary> summaries(UUID employeeId) {
        List<Assessment> all = assessments.ofEmployee(employeeId);
        Set<UUID> superseded = new HashSet<>();
        all.stream().map(a -> a.supersedesId).filter(Objects::nonNull).forEach(superseded::add);
        return all.stream().map(a -> new AssessmentSummary(a.id, a.method.name(), a.assessor, a.assessedOn,
                a.validUntil, superseded.contains(a.id), a.scores.stream().collect(Collectors.toMap(
                        s -> s.competencyCode, s -> s.score, (x, y) -> x, TreeMap::new)),
                a.scores.stream().filter(s -> s.example != null).collect(Collectors.toMap(
                        s -> s.competencyCode, s -> s.example, (x, y) -> x, TreeMap::new)))).toList();
    }

    private AssessmentView view(Assessment a, EmployeeView employee) {
        return AssessmentView.of(a, employee.nip(), assessments.supersederOf(a.id).map(s -> s.id).orElse(null));
    }

    private void authorize(EmployeeView employee, AssessmentMethod method) {
        if (caller.hasAnyRole(Roles.ASSESSOR, Roles.HR_ADMIN)) {
            return;
        }
        String own = caller.nip().map(n -> n.replaceAll("\\s", "")).orElse(null);
        boolean self = employee.nip().equals(own);
        boolean report = own != null && own.equals(employee.supervisorNip()) && caller.hasRole(Roles.SUPERVISOR);
        if (!self && !report) {
            throw ProblemException.invalid("nip", "employee.unknown", employee.nip());
        }
        if (self && method != AssessmentMethod.SELF || !self && method != AssessmentMethod.SUPERVISOR) {
            throw ProblemException.forbidden();
        }
    }

    /**
     * An employee or supervisor corrects only their own result of the same method; otherwise a self-assessment
     * could supersede an assessment-centre result and so overturn the evidence ranking.
     */
    private void authorizeCorrection(Assessment corrected, AssessmentMethod method) {
        if (corrected.method != method) {
            throw ProblemException.rule("assessment.supersedes.method", corrected.method, method);
        }
        if (!caller.subject().equals(corrected.createdBy)) {
            throw ProblemException.notFound();
        }
    }

    private void validate(RecordAssessmentRequest request, LocalDate validUntil) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.assessedOn().isAfter(LocalDate.now())) {
            violations.add(new FieldViolation("assessedOn", "assessment.date.future"));
        }
        if (validUntil.isBefore(request.assessedOn())) {
            violations.add(new FieldViolation("validUntil", "assessment.valid-until.before"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.scores().size(); i++) {
            String code = request.scores().get(i).competencyCode();
            if (!seen.add(code)) {
                violations.add(new FieldViolation("scores[" + i + "].competencyCode", "assessment.score.duplicate"));
            } else if (!dictionary.exists(code, request.assessedOn())) {
                violations.add(new FieldViolation("scores[" + i + "].competencyCode", "competency.unknown", code));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
