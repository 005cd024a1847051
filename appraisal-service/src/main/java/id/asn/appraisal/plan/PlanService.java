package id.asn.appraisal.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.appraisal.employee.People;
import id.asn.appraisal.period.PeriodService;
import id.asn.appraisal.plan.PlanContent.Expectation;
import id.asn.appraisal.plan.PlanContent.Indicator;
import id.asn.appraisal.plan.PlanContent.WorkResult;
import id.asn.appraisal.plan.PlanViews.ChangeView;
import id.asn.appraisal.plan.PlanViews.CreatePlan;
import id.asn.appraisal.plan.PlanViews.EditPlan;
import id.asn.appraisal.plan.PlanViews.PlanItems;
import id.asn.appraisal.plan.PlanViews.PlanTerms;
import id.asn.appraisal.plan.PlanViews.PlanView;
import id.asn.appraisal.plan.PlanViews.Step;
import id.asn.platform.kit.employee.EmployeeDirectory.Person;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The SKP lifecycle (docs/domain.md §3.2): drafted by the employee or the pejabat penilai, agreed by both, locked for
 * rating; every change before the lock is kept with who and when. Only the appraisee, their pejabat penilai and
 * hr-admin see a plan.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PeriodService periods;
    private final People people;
    private final ObjectMapper json;

    @Inject
    PlanService(PlanRepository plans, PeriodService periods, People people,
                ObjectMapper json) {
        this.plans = plans;
        this.periods = periods;
        this.people = people;
        this.json = json;
    }

    public PlanView create(CreatePlan request) {
        UUID periodId = periods.terms(request.periodId()).id();
        String nip = request.nip() != null ? request.nip() : people.ownNip();
        if (request.raterNip() != null && !people.isAgencyWide()) {
            throw ProblemException.invalid("raterNip", "plan.rater-by-hr-only");
        }
        Person person = people.requireEmployee(nip);
        String rater = request.raterNip() != null ? request.raterNip() : person.supervisorNip();
        if (!people.isAgencyWide() && !people.is(nip) && !people.isRater(rater)) {
            throw ProblemException.notFound();
        }
        if (rater == null) {
            throw ProblemException.rule("plan.no-rater", nip);
        }
        if (rater.equals(nip)) {
            throw ProblemException.invalid("raterNip", "plan.rater-is-appraisee");
        }
        if (plans.exists(periodId, nip)) {
            throw ProblemException.conflict("plan.exists", nip);
        }
        PlanContent content = withIds(validated(request.content()));
        PerformancePlan plan = new PerformancePlan();
        plan.periodId = periodId;
        plan.nip = nip;
        plan.unitId = person.unitId();
        plan.raterNip = rater;
        plan.content = write(content);
        plans.persist(plan);
        record(plan, PlanChange.Action.CREATED);
        return PlanView.of(plan, content);
    }

    /** Replaces the content of a plan not yet locked; an agreed plan returns to draft and must be agreed again. */
    public PlanView edit(UUID id, EditPlan request) {
        PerformancePlan plan = requireParty(id);
        requireVersion(plan, request.version());
        if (plan.status == PerformancePlan.Status.LOCKED) {
            throw ProblemException.rule("plan.locked");
        }
        PlanContent content = withIds(validated(request.content()));
        plan.content = write(content);
        plan.status = PerformancePlan.Status.DRAFT;
        plan.employeeAgreedAt = null;
        plan.raterAgreedAt = null;
        record(plan, PlanChange.Action.EDITED);
        plans.flush();
        return PlanView.of(plan, content);
    }

    /** The caller's agreement, as the appraisee or as the pejabat penilai; both make the plan AGREED. */
    public PlanView agree(UUID id, Step request) {
        PerformancePlan plan = requireParty(id);
        requireVersion(plan, request.version());
        if (plan.status == PerformancePlan.Status.LOCKED) {
            throw ProblemException.rule("plan.locked");
        }
        periods.requirePlanAgreementOpen(plan.periodId);
        if (people.is(plan.nip)) {
            plan.employeeAgreedAt = Instant.now();
            record(plan, PlanChange.Action.AGREED_BY_EMPLOYEE);
        } else {
            plan.raterAgreedAt = Instant.now();
            record(plan, PlanChange.Action.AGREED_BY_RATER);
        }
        if (plan.employeeAgreedAt != null && plan.raterAgreedAt != null) {
            plan.status = PerformancePlan.Status.AGREED;
        }
        plans.flush();
        return PlanView.of(plan, read(plan.content));
    }

    /** Locks an agreed plan for rating: the pejabat penilai or hr-admin. */
    public PlanView lock(UUID id, Step request) {
        PerformancePlan plan = requireVisible(id);
        if (!people.isAgencyWide() && !people.isRater(plan.raterNip)) {
            throw ProblemException.forbidden();
        }
        requireVersion(plan, request.version());
        if (plan.status != PerformancePlan.Status.AGREED) {
            throw ProblemException.rule("plan.not-agreed", plan.status);
        }
        plan.status = PerformancePlan.Status.LOCKED;
        plan.lockedAt = Instant.now();
        record(plan, PlanChange.Action.LOCKED);
        plans.flush();
        return PlanView.of(plan, read(plan.content));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(UUID id) {
        PerformancePlan plan = requireVisible(id);
        return PlanView.of(plan, read(plan.content));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeView> history(UUID id) {
        PerformancePlan plan = requireVisible(id);
        return plans.changes(plan.id).stream()
                .map(c -> new ChangeView(c.action, c.createdAt, c.createdBy, read(c.content))).toList();
    }

    /** hr-admin: the agency's plans; anyone else: their own and those they rate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(UUID periodId, String nip, PageRequest page) {
        StringBuilder condition = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!people.isAgencyWide()) {
            condition.append(" and (nip = :me or raterNip = :me)");
            params.put("me", people.ownNip());
        }
        if (periodId != null) {
            condition.append(" and periodId = :period");
            params.put("period", periodId);
        }
        if (nip != null) {
            condition.append(" and nip = :nip");
            params.put("nip", nip);
        }
        return plans.page(plans.scoped(condition.toString(), params, Sort.by("nip").and("id")), page,
                p -> PlanView.of(p, read(p.content)));
    }

    /** What appraisals need of a plan of this agency (they check who may act on it); 404 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanTerms terms(UUID id) {
        PerformancePlan plan = plans.require(id);
        Set<UUID> criteria = new HashSet<>();
        read(plan.content).workResults().forEach(w -> w.indicators().stream().map(Indicator::criterionId)
                .filter(Objects::nonNull).forEach(criteria::add));
        return PlanTerms.of(plan, criteria);
    }

    /** What feedback needs of a plan of this agency (it checks who may act on it); 404 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanItems items(UUID id) {
        PerformancePlan plan = plans.require(id);
        PlanContent content = read(plan.content);
        Set<String> results = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        content.workResults().forEach(w -> {
            results.add(w.id());
            w.indicators().forEach(i -> indicators.add(i.id()));
        });
        return new PlanItems(plan.id, plan.nip, plan.raterNip, plan.status, results, indicators);
    }

    private PerformancePlan requireVisible(UUID id) {
        PerformancePlan plan = plans.require(id);
        if (!people.isAgencyWide() && !people.is(plan.nip) && !people.is(plan.raterNip)) {
            throw ProblemException.notFound();
        }
        return plan;
    }

    // the two parties of the plan (§3.2); hr-admin reads it but does not agree or edit for them
    private PerformancePlan requireParty(UUID id) {
        PerformancePlan plan = requireVisible(id);
        if (!people.is(plan.nip) && !people.isRater(plan.raterNip)) {
            throw ProblemException.forbidden();
        }
        return plan;
    }

    private static void requireVersion(PerformancePlan plan, Long version) {
        if (!Objects.equals(plan.version, version)) {
            throw ProblemException.staleVersion();
        }
    }

    // §3.2 and §3.6: at least one RHK utama, and each BerAKHLAK value exactly once
    private static PlanContent validated(PlanContent content) {
        List<FieldViolation> violations = new ArrayList<>();
        if (content.workResults().stream().noneMatch(w -> w.category() == PlanContent.Category.UTAMA)) {
            violations.add(new FieldViolation("content.workResults", "plan.no-utama"));
        }
        Set<PlanContent.BehaviourValue> missing = EnumSet.allOf(PlanContent.BehaviourValue.class);
        content.expectations().forEach(e -> missing.remove(e.value()));
        if (!missing.isEmpty()) {
            violations.add(new FieldViolation("content.expectations", "plan.values-missing", missing));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return content;
    }

    private static PlanContent withIds(PlanContent content) {
        List<WorkResult> results = content.workResults().stream().map(w -> new WorkResult(
                w.id() != null ? w.id() : UUID.randomUUID().toString(), w.category(), w.rhk().trim(), w.supervisorRhk(),
                w.indicators().stream().map(i -> new Indicator(i.id() != null ? i.id() : UUID.randomUUID().toString(),
                        i.aspect(), i.indicator().trim(), i.target().trim(), i.criterionId())).toList())).toList();
        List<Expectation> expectations = content.expectations().stream()
                .sorted(Comparator.comparing(Expectation::value)).toList();
        return new PlanContent(results, expectations);
    }

    private void record(PerformancePlan plan, PlanChange.Action action) {
        PlanChange change = new PlanChange();
        change.planId = plan.id;
        change.action = action;
        change.content = plan.content;
        plans.record(change);
    }

    private String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan's content always serialises", e);
        }
    }

    private PlanContent read(String text) {
        try {
            return json.readValue(text, PlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan content is not readable", e);
        }
    }
}
