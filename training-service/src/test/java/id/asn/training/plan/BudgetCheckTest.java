package id.asn.training.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.training.plan.BudgetCheck.Outcome;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The budget is never exceeded silently, docs/domain.md §2.1.4. */
class BudgetCheckTest {

    @ParameterizedTest(name = "budget {0}, committed {1}, +{2}, reason ''{3}'' -> {4} (excess {5})")
    @CsvSource(nullValues = "null", value = {
            "1000, 0,    1000, null,            WITHIN_BUDGET, 0",
            "1000, 600,  300,  null,            WITHIN_BUDGET, 0",
            "1000, 600,  500,  null,            REFUSED,       100",
            "1000, 600,  500,  '  ',            REFUSED,       100",
            "1000, 600,  500,  urgent mandate,  OVERRIDDEN,    100",
            // a plan already over budget may still shrink
            "1000, 1500, 0,    null,            WITHIN_BUDGET, 0",
            "0,    0,    1,    null,            REFUSED,       1"})
    void neverSilentlyOverBudget(BigDecimal budget, BigDecimal committed, BigDecimal additional, String reason,
                                    Outcome outcome, BigDecimal excess) {
        BudgetCheck.Result result = BudgetCheck.check(budget, committed, additional, reason);
        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.excess()).isEqualByComparingTo(excess);
    }

    @ParameterizedTest(name = "budget {0}, committed {1}, {3} seats at {2} -> {4} go ahead")
    @CsvSource({
            "1000, 0,    100, 5,  5",
            "1000, 600,  100, 5,  4",
            "1000, 650,  100, 5,  3",
            "1000, 1000, 100, 5,  0",
            "1000, 1500, 100, 5,  0",
            "1000, 900,  0,   5,  5"})
    void aBulkNominationBeyondTheBudgetSeatsOnlyWhatFits(BigDecimal budget, BigDecimal committed, BigDecimal cost,
                                                         int wanted, int seats) {
        assertThat(BudgetCheck.seatsWithin(budget, committed, cost, wanted)).isEqualTo(seats);
    }
}
