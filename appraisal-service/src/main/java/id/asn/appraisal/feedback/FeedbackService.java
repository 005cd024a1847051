package id.asn.appraisal.feedback;

import id.asn.appraisal.employee.People;
import id.asn.appraisal.feedback.FeedbackViews.FeedbackView;
import id.asn.appraisal.feedback.FeedbackViews.RecordFeedback;
import id.asn.appraisal.plan.PerformancePlan;
import id.asn.appraisal.plan.PlanService;
import id.asn.appraisal.plan.PlanViews.PlanItems;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.FieldViolation;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Continuous feedback during the period (docs/domain.md §3.8): both sides of an agreed or locked plan write dated
 * entries on its RHK and BerAKHLAK values; the appraisee, the pejabat penilai and hr-admin read them.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    private final FeedbackRepository entries;
    private final PlanService plans;
    private final People people;

    @Inject
    FeedbackService(FeedbackRepository entries, PlanService plans, People people) {
        this.entries = entries;
        this.plans = plans;
        this.people = people;
    }

    public FeedbackView record(UUID planId, RecordFeedback request) {
        PlanItems plan = requireVisible(planId);
        FeedbackEntry.Side side;
        if (people.is(plan.nip())) {
            side = FeedbackEntry.Side.EMPLOYEE;
        } else if (people.isRater(plan.raterNip())) {
            side = FeedbackEntry.Side.RATER;
        } else {
            throw ProblemException.forbidden();
        }
        if (plan.status() == PerformancePlan.Status.DRAFT) {
            throw ProblemException.rule("feedback.plan-draft");
        }
        List<FieldViolation> violations = new ArrayList<>();
        boolean onResult = request.workResultId() != null;
        if (onResult == (request.behaviourValue() != null)) {
            violations.add(new FieldViolation("workResultId", "feedback.one-target"));
        } else if (onResult && !plan.workResultIds().contains(request.workResultId())) {
            violations.add(new FieldViolation("workResultId", "feedback.unknown-item"));
        }
        if (request.indicatorId() != null && (!onResult || !plan.indicatorIds().contains(request.indicatorId()))) {
            violations.add(new FieldViolation("indicatorId", "feedback.unknown-item"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        FeedbackEntry entry = new FeedbackEntry();
        entry.planId = plan.id();
        entry.authorNip = people.ownNip();
        entry.authorSide = side;
        entry.workResultId = request.workResultId();
        entry.indicatorId = request.indicatorId();
        entry.behaviourValue = request.behaviourValue();
        entry.text = request.text().trim();
        entry.realisation = request.realisation();
        entry.evidence = request.evidence();
        entries.persist(entry);
        entries.flush();
        return FeedbackView.of(entry);
    }

    /** A plan's entries, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FeedbackView> list(UUID planId, PageRequest page) {
        PlanItems plan = requireVisible(planId);
        return entries.page(entries.scoped("planId = :plan", Map.of("plan", plan.id()),
                Sort.descending("createdAt").and("id")), page, FeedbackView::of);
    }

    private PlanItems requireVisible(UUID planId) {
        PlanItems plan = plans.items(planId);
        if (!people.isAgencyWide() && !people.is(plan.nip()) && !people.is(plan.raterNip())) {
            throw ProblemException.notFound();
        }
        return plan;
    }
}
