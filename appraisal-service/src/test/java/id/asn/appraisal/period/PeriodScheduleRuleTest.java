package id.asn.appraisal.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PeriodScheduleRule}: the periodic evaluations inside a year, docs/domain.md §3.3. */
class PeriodScheduleRuleTest {

    @ParameterizedTest(name = "{0} {1} #{2} -> {3}..{4}")
    @CsvSource(textBlock = """
            # year, frequency, number, start,      end
            2026,   QUARTERLY, 1,      2026-01-01, 2026-03-31
            2026,   QUARTERLY, 4,      2026-10-01, 2026-12-31
            2028,   MONTHLY,   2,      2028-02-01, 2028-02-29
            2027,   MONTHLY,   2,      2027-02-01, 2027-02-28
            2026,   MONTHLY,   12,     2026-12-01, 2026-12-31
            """)
    void placesEachPeriodicEvaluationInItsMonthsOfTheYear(int year, Frequency frequency, int number, LocalDate start,
                                                          LocalDate end) {
        assertThat(PeriodScheduleRule.periodic(year, frequency, number))
                .contains(new PeriodScheduleRule.Window(number, start, end));
    }

    @ParameterizedTest(name = "{0} #{1} does not exist")
    @CsvSource({"QUARTERLY, 5", "QUARTERLY, 0", "MONTHLY, 13"})
    void hasNoWindowBeyondTheFrequency(Frequency frequency, int number) {
        assertThat(PeriodScheduleRule.periodic(2026, frequency, number)).isEmpty();
    }
}
