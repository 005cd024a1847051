package id.asn.training.plan;

import java.math.BigDecimal;

/**
 * The budget of an annual training plan is never exceeded silently (docs/domain.md §2.1.4: the development plan is part of
 * the agency's budget): a change that takes the committed cost beyond the budget is refused unless the caller
 * states a reason for overriding, which is then recorded.
 */
public final class BudgetCheck {

    /** What happens to a change. */
    public enum Outcome { WITHIN_BUDGET, OVERRIDDEN, REFUSED }

    /** The outcome and by how much the budget would be exceeded (zero when within). */
    public record Result(Outcome outcome, BigDecimal excess) {
    }

    private BudgetCheck() {
    }

    public static Result check(BigDecimal budget, BigDecimal committed, BigDecimal additional, String overrideReason) {
        BigDecimal excess = committed.add(additional).subtract(budget);
        if (excess.signum() <= 0 || additional.signum() <= 0) {
            return new Result(Outcome.WITHIN_BUDGET, BigDecimal.ZERO);
        }
        boolean overridden = overrideReason != null && !overrideReason.isBlank();
        return new Result(overridden ? Outcome.OVERRIDDEN : Outcome.REFUSED, excess);
    }

    /**
     * How many of {@code wanted} seats costing {@code cost} each fit in what is left of the budget, for a bulk
     * nomination refused as a whole: the first seats go ahead, the rest are refused.
     */
    public static int seatsWithin(BigDecimal budget, BigDecimal committed, BigDecimal cost, int wanted) {
        if (cost.signum() <= 0) {
            return wanted;
        }
        BigDecimal left = budget.subtract(committed);
        if (left.signum() <= 0) {
            return 0;
        }
        return left.divideToIntegralValue(cost).min(BigDecimal.valueOf(wanted)).intValue();
    }
}
