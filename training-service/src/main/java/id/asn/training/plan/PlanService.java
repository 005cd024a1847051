package id.asn.training.plan;

import id.asn.platform.kit.caller.Caller;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import id.asn.training.plan.PlanViews.AddItem;
import id.asn.training.plan.PlanViews.CreatePlan;
import id.asn.training.plan.PlanViews.ItemView;
import id.asn.training.plan.PlanViews.OverrideView;
import id.asn.training.plan.PlanViews.PlanView;
import id.asn.training.program.ProgramService;
import id.asn.training.program.ProgramViews.ProgramTerms;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Drafts, approves and reports the annual plan: planned against realised cost, per programme and in total. */
@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final BudgetOverrideRepository overrides;
    private final BudgetGuard guard;
    private final ProgramService programs;
    private final Caller caller;

    @Inject
    PlanService(PlanRepository plans, PlanItemRepository items, BudgetOverrideRepository overrides,
                BudgetGuard guard, ProgramService programs, Caller caller) {
        this.plans = plans;
        this.items = items;
        this.overrides = overrides;
        this.guard = guard;
        this.programs = programs;
        this.caller = caller;
    }

    public PlanView create(CreatePlan request) {
        TrainingPlan plan = new TrainingPlan();
        plan.year = request.year();
        plan.title = request.title().trim();
        plan.budget = request.budget();
        plans.persist(plan);
        return view(plan);
    }

    public PlanView addItem(UUID planId, AddItem request) {
        TrainingPlan plan = plans.require(planId);
        if (plan.status != TrainingPlan.Status.DRAFT) {
            throw ProblemException.rule("plan.not-draft");
        }
        ProgramTerms program = programs.terms(request.programId());
        if (items.scoped("planId = :plan and programId = :program", Map.of("plan", plan.id, "program", program.id())).count() > 0) {
            throw ProblemException.conflict("plan.program-twice");
        }
        PlanItem item = new PlanItem();
        item.planId = plan.id;
        item.programId = program.id();
        item.competencyCode = request.competencyCode();
        item.plannedParticipants = request.plannedParticipants();
        item.plannedCost = program.costPerParticipant().multiply(BigDecimal.valueOf(request.plannedParticipants()));
        guard.apply(plan, BudgetCheck.check(plan.budget, plannedTotal(plan), item.plannedCost, request.overrideReason()),
                BudgetOverride.Action.PLAN_ITEM, item.id, request.overrideReason(), "budget.exceeded-planned");
        items.persist(item);
        return view(plan);
    }

    /** The draft plan a proposal is made for; 422 once it is approved (docs/domain.md §2.9). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanViews.DraftBudget draft(UUID planId) {
        TrainingPlan plan = plans.require(planId);
        if (plan.status != TrainingPlan.Status.DRAFT) {
            throw ProblemException.rule("plan.not-draft");
        }
        return new PlanViews.DraftBudget(plan.id, plan.year, plan.budget, plannedTotal(plan));
    }

    public PlanView approve(UUID planId) {
        TrainingPlan plan = plans.require(planId);
        if (plan.status != TrainingPlan.Status.DRAFT) {
            throw ProblemException.rule("plan.not-draft");
        }
        if (guard.approved(plan.year).isPresent()) {
            throw ProblemException.conflict("plan.year-approved", plan.year);
        }
        plan.status = TrainingPlan.Status.APPROVED;
        plan.approvedAt = Instant.now();
        plan.approvedBy = caller.subject();
        return view(plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> list(PageRequest page) {
        return plans.page(plans.all(Sort.descending("year").and("createdAt")), page, this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(UUID id) {
        return view(plans.require(id));
    }

    private BigDecimal plannedTotal(TrainingPlan plan) {
        return items.scoped("planId = :plan", Map.of("plan", plan.id)).list().stream()
                .map(i -> i.plannedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private PlanView view(TrainingPlan plan) {
        Map<UUID, BudgetGuard.Realised> realised = guard.realised(plan.year);
        List<PlanItem> planItems = items.scoped("planId = :plan", Map.of("plan", plan.id)).list();
        // every item's programme in one query, not one per item
        Map<UUID, ProgramTerms> terms = programs.terms(planItems.stream().map(i -> i.programId).collect(Collectors.toSet()));
        List<ItemView> itemViews = planItems.stream()
                .map(i -> {
                    BudgetGuard.Realised r = realised.getOrDefault(i.programId, new BudgetGuard.Realised(0, BigDecimal.ZERO));
                    ProgramTerms program = terms.get(i.programId);
                    if (program == null) {
                        throw ProblemException.notFound();
                    }
                    return new ItemView(i.id, i.programId, program.title(), i.competencyCode,
                            i.plannedParticipants, i.plannedCost, r.participants(), r.cost());
                }).toList();
        BigDecimal planned = itemViews.stream().map(ItemView::plannedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal realisedTotal = realised.values().stream().map(BudgetGuard.Realised::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<OverrideView> overrideViews = overrides.scoped("planId = :plan", Map.of("plan", plan.id)).list().stream()
                .map(o -> new OverrideView(o.action, o.subjectId, o.excess, o.reason, o.createdBy, o.createdAt)).toList();
        return new PlanView(plan.id, plan.year, plan.title, plan.status, plan.budget, planned, realisedTotal,
                plan.budget.subtract(realisedTotal), itemViews, overrideViews, plan.version);
    }
}
