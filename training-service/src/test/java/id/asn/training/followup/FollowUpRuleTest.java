package id.asn.training.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The follow-up rule of docs/domain.md §2.7, as tables: due date, state on a day, applied or not. */
class FollowUpRuleTest {

    @ParameterizedTest(name = "completed {0} + {1} months -> due {2}")
    @CsvSource({
            "2026-01-09, 3,  2026-04-09",
            "2026-11-30, 3,  2027-02-28",
            "2027-11-30, 3,  2028-02-29",
            "2026-08-31, 1,  2026-09-30",
            "2026-03-15, 0,  2026-03-15",
            "2026-03-15, 12, 2027-03-15"})
    void fallsDueTheConfiguredMonthsAfterTheCompletion(LocalDate completedOn, int months, LocalDate dueOn) {
        assertThat(new FollowUpRule(months, 30).dueOn(completedOn)).isEqualTo(dueOn);
    }

    @ParameterizedTest(name = "due {0}, answered={1}, {2} days to answer, on {3} -> {4}")
    @CsvSource({
            "2026-04-09, false, 30, 2026-04-08, PENDING",
            "2026-04-09, false, 30, 2026-04-09, DUE",
            "2026-04-09, false, 30, 2026-05-09, DUE",
            "2026-04-09, false, 30, 2026-05-10, OVERDUE",
            "2026-04-09, false, 0,  2026-04-09, DUE",
            "2026-04-09, false, 0,  2026-04-10, OVERDUE",
            "2026-04-09, true,  30, 2026-04-08, ANSWERED",
            "2026-04-09, true,  30, 2027-01-01, ANSWERED"})
    void isPendingThenDueThenOverdueUnlessAnswered(LocalDate dueOn, boolean answered, int answerDays, LocalDate on,
                                                   FollowUpRule.State state) {
        FollowUpRule rule = new FollowUpRule(3, answerDays);

        assertThat(rule.state(dueOn, answered, on)).isEqualTo(state);
        // the set-based lists draw the same line as the rule
        if (!answered && state != FollowUpRule.State.PENDING) {
            assertThat(!dueOn.isAfter(rule.overdueIfDueOnOrBefore(on))).isEqualTo(state == FollowUpRule.State.OVERDUE);
        }
    }

    @ParameterizedTest(name = "target {0}, observed {1} -> {2}")
    @CsvSource({
            "3, 5, APPLIED",
            "3, 4, APPLIED",
            "3, 3, APPLIED",
            "3, 2, PARTLY",
            "3, 1, NOT_APPLIED",
            "1, 1, APPLIED",
            "2, 1, PARTLY",
            "5, 3, NOT_APPLIED"})
    void theObservedLevelAgainstTheTargetSaysWhetherItIsApplied(int target, int observed,
                                                                FollowUpRule.Applied applied) {
        assertThat(new FollowUpRule(3, 30).applied(target, observed)).isEqualTo(applied);
    }
}
