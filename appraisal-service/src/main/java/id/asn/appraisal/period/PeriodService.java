package id.asn.appraisal.period;

import id.asn.appraisal.config.AppraisalConfig;
import id.appraisal.period.PeriodViews.OpenPeriod;
import id.appraisal.period.PeriodViews.PeriodTerms;
import id.appraisal.period.PeriodViews.PeriodView;
import id.asn.platform.kit.idempotency.IdempotentAnswer;
import id.asn.platform.kit.idempotency.IdempotentRequests;
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
import java.util.UUID;

/** Opens an agency's annual periods with the deadlines of its configuration (docs/domain.md §3.3). */
@ApplicationScoped
@Transactional
public class PeriodService {

    private final PeriodRepository periods;
    private final IdempotentRequests idempotency;
    private final AppraisalConfig config;

    @Inject
    PeriodService(PeriodRepository periods, IdempotentRequests idempotency, AppraisalConfig config) {
        this.periods = periods;
        this.idempotency = idempotency;
        this.config = config;
    }

    public IdempotentAnswer open(String idempotencyKey, OpenPeriod request) {
        return idempotency.once(idempotencyKey, "appraisal-period", request, 201, () -> open(request));
    }

    private PeriodView open(OpenPeriod request) {
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
        List<FieldViolation> violations = new ArrayList<>();
        if (period.planDueOn.isBefore(period.startsOn) || period.planDueOn.isAfter(period.endsOn)) {
            violations.add(new FieldViolation("planDueOn", "period.plan-due-outside", period.startsOn, period.endsOn));
        }
        if (!period.evaluationDueOn.isAfter(period.endsOn)) {
            violations.add(new FieldViolation("evaluationDueOn", "period.evaluation-due-early", period.endsOn));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        if (periods.exists(year)) {
            throw ProblemException.conflict("period.exists", year);
        }
        periods.persist(period);
        return PeriodView.of(period);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PeriodView> list(PageRequest page) {
        return periods.page(periods.all(Sort.descending("year")), page, PeriodView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PeriodView get(UUID id) {
        return PeriodView.of(periods.require(id));
    }

    /** What other features need of a period of this agency; 404 when it is not one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PeriodTerms terms(UUID id) {
        return PeriodTerms.of(periods.require(id));
    }
}
