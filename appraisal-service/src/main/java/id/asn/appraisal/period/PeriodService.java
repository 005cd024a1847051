package id.asn.appraisal.period;

import id.asn.appraisal.config.AgencyCalendar;
import id.asn.appraisal.config.AppraisalConfig;
import id.asn.appraisal.period.PeriodViews.MoveDeadlines;
import id.asn.appraisal.period.PeriodViews.OpenPeriod;
import id.asn.appraisal.period.PeriodViews.PeriodTerms;
import id.asn.appraisal.period.PeriodViews.PeriodView;
import id.asn.appraisal.rater.RaterRequirement;
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
import java.util.Objects;
import java.util.UUID;

/**
 * Opens an agency's annual periods with the deadlines of its configuration and holds the agency to them
 * (docs/domain.md §3.3).
 */
@ApplicationScoped
@Transactional
public class PeriodService {

    private final PeriodRepository periods;
    private final AppraisalConfig config;
    private final AgencyCalendar calendar;

    @Inject
    PeriodService(PeriodRepository periods, AppraisalConfig config, AgencyCalendar calendar) {
        this.periods = periods;
        this.config = config;
        this.calendar = calendar;
    }

    public PeriodView open(OpenPeriod request) {
        int year = request.year();
        AppraisalPeriod period = new AppraisalPeriod();
        period.year = year;
        period.frequency = request.frequency() != null ? request.frequency()
                : Frequency.valueOf(config.period().frequency());
        period.startsOn = PeriodScheduleRule.annual(year).start();
        period.endsOn = PeriodScheduleRule.annual(year).end();
        period.planDueOn = request.planDueOn() != null ? request.planDueOn()
                : period.startsOn.plusDays(config.period().planAgreementDays() - 1L);
        period.evaluationDueOn = request.evaluationDueOn() != null ? request.evaluationDueOn()
                : period.endsOn.plusDays(config.period().evaluationDueDays());
        period.objectionDays = request.objectionDays() != null ? request.objectionDays() : config.objection().days();
        period.objectionDayKind = request.objectionDayKind() != null ? request.objectionDayKind()
                : DayKind.valueOf(config.objection().dayKind());
        period.individualResultsToUnit = request.individualResultsToUnit() != null
                ? request.individualResultsToUnit() : config.publication().individualResultsToUnit();
        period.raterTraining = request.raterTraining() != null ? request.raterTraining()
                : RaterRequirement.valueOf(config.rating().raterTraining());
        requireDeadlinesInPeriod(period);
        if (periods.exists(year)) {
            throw ProblemException.conflict("period.exists", year);
        }
        periods.persist(period);
        return PeriodView.of(period);
    }

    /**
     * hr-admin moves the plan and evaluation deadlines of a period, for example for employees who took up their
     * position late in the year; the objection window stays as the period opened it (ADR 0016 decision 4).
     */
    public PeriodView moveDeadlines(UUID id, MoveDeadlines request) {
        AppraisalPeriod period = periods.require(id);
        if (!Objects.equals(period.version, request.version())) {
            throw ProblemException.staleVersion();
        }
        period.planDueOn = request.planDueOn();
        period.evaluationDueOn = request.evaluationDueOn();
        requireDeadlinesInPeriod(period);
        periods.flush();
        return PeriodView.of(period);
    }

    private static void requireDeadlinesInPeriod(AppraisalPeriod period) {
        List<FieldViolation> violations = new ArrayList<>();
        // a plan deadline after the year is for entering a past year's results late, never after the evaluations
        if (period.planDueOn.isBefore(period.startsOn) || period.planDueOn.isAfter(period.evaluationDueOn)) {
            violations.add(new FieldViolation("planDueOn", "period.plan-due-outside", period.startsOn,
                    period.evaluationDueOn));
        }
        if (!period.evaluationDueOn.isAfter(period.endsOn)) {
            violations.add(new FieldViolation("evaluationDueOn", "period.evaluation-due-early", period.endsOn));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PeriodView> list(PageRequest page) {
        return periods.page(periods.all(Sort.descending("year")), page, PeriodView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PeriodView get(UUID id) {
        return PeriodView.of(periods.require(id));
    }

    /** 422 naming the deadline once the period's plans can no longer be agreed (§3.3: after {@code planDueOn}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requirePlanAgreementOpen(UUID id) {
        AppraisalPeriod period = periods.require(id);
        if (calendar.today().isAfter(period.planDueOn)) {
            throw ProblemException.rule("period.plan-agreement-closed", period.planDueOn, String.valueOf(period.year));
        }
    }

    /** 422 naming the deadline once the period's evaluations can no longer be rated or finalized (§3.3). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireEvaluationOpen(UUID id) {
        AppraisalPeriod period = periods.require(id);
        if (calendar.today().isAfter(period.evaluationDueOn)) {
            throw ProblemException.rule("period.evaluation-closed", period.evaluationDueOn, String.valueOf(period.year));
        }
    }

    /** What other features need of a period of this agency; 404 when it is not one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PeriodTerms terms(UUID id) {
        return PeriodTerms.of(periods.require(id));
    }
}
