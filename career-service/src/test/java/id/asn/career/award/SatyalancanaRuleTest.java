package id.asn.career.award;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.career.award.SatyalancanaRule.Excluded;
import id.asn.career.award.SatyalancanaRule.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §5.6: Satyalancana Karya Satya X/XX/XXX from years of service, sanctioned periods left out. */
class SatyalancanaRuleTest {

    private static final LocalDate START = LocalDate.of(2015, 3, 1);
    private final SatyalancanaRule rule = new SatyalancanaRule(List.of(10, 20, 30));

    @ParameterizedTest(name = "on {0}: X {1}")
    @CsvSource({"2025-02-01, false", "2025-02-28, false", "2025-03-01, true", "2025-03-02, true"})
    void tenYearsAreReachedOnTheTenthAnniversaryNotAMonthBefore(LocalDate on, boolean eligible) {
        // 2025-02-01 is 9 years 11 months of service
        Step x = rule.evaluate(START, List.of(), on).get(0);
        assertThat(x.awardType()).isEqualTo("SATYALANCANA_KARYA_SATYA_X");
        assertThat(x.reachedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(x.eligible()).isEqualTo(eligible);
    }

    @Test
    void aSanctionedPeriodPushesTheDateOnByItsDays() {
        // 31 days of a sentence (2020-01-01..2020-01-31) are not service
        List<Excluded> sanctioned = List.of(new Excluded(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)));
        List<Step> steps = rule.evaluate(START, sanctioned, LocalDate.of(2025, 3, 1));
        assertThat(steps.get(0).eligible()).isFalse();
        assertThat(steps.get(0).reachedOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(rule.evaluate(START, sanctioned, LocalDate.of(2025, 4, 1)).get(0).eligible()).isTrue();
        assertThat(rule.serviceDays(START, sanctioned, LocalDate.of(2025, 4, 1)))
                .isEqualTo(rule.serviceDays(START, List.of(), LocalDate.of(2025, 3, 1)));
    }

    @Test
    void overlappingPeriodsCountOnceAndAPeriodAfterTheDateNotAtAll() {
        List<Excluded> sanctioned = List.of(new Excluded(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)),
                new Excluded(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 9)),
                new Excluded(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        // 40 days (1 Jan to 9 Feb 2020): ten years on 2025-04-10; the 2026 sentence comes after that day
        assertThat(rule.evaluate(START, sanctioned, LocalDate.of(2025, 4, 10)).get(0).reachedOn())
                .isEqualTo(LocalDate.of(2025, 4, 10));
        // twenty years: both periods, 40 + 365 days
        assertThat(rule.evaluate(START, sanctioned, LocalDate.of(2025, 4, 10)).get(1).reachedOn())
                .isEqualTo(LocalDate.of(2035, 3, 1).plusDays(405));
    }

    @Test
    void twentyAndThirtyYearsAreTheOtherSteps() {
        List<Step> steps = rule.evaluate(START, List.of(), LocalDate.of(2045, 3, 1));
        assertThat(steps).extracting(Step::awardType).containsExactly("SATYALANCANA_KARYA_SATYA_X",
                "SATYALANCANA_KARYA_SATYA_XX", "SATYALANCANA_KARYA_SATYA_XXX");
        assertThat(steps).extracting(Step::eligible).containsExactly(true, true, true);
        assertThat(steps.get(2).reachedOn()).isEqualTo(LocalDate.of(2045, 3, 1));
    }
}
