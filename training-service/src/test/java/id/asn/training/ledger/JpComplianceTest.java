package id.asn.training.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 20 JP a year minimum, docs/domain.md §2.1.1. */
class JpComplianceTest {

    @ParameterizedTest(name = "{0} JP of minimum {1}: met={2}, short by {3}")
    @CsvSource({
            // PP 11/2017: at least 20 JP per calendar year
            "0,    20, false, 20",
            "19,   20, false, 1",
            "19.5, 20, false, 0.5",
            "20,   20, true,  0",
            "41,   20, true,  0"})
    void twentyJpAYearMinimum(BigDecimal earned, BigDecimal minimum, boolean met, BigDecimal shortfall) {
        JpCompliance compliance = new JpCompliance(earned, minimum);
        assertThat(compliance.met()).isEqualTo(met);
        assertThat(compliance.shortfall()).isEqualByComparingTo(shortfall);
    }

    @ParameterizedTest(name = "year {0} seen on {1}: {2} days left")
    @CsvSource({
            "2026, 2026-12-31, 1",
            "2026, 2026-01-01, 365",
            "2024, 2024-01-01, 366",
            "2026, 2026-11-22, 40",
            "2025, 2026-11-22, 0",
            "2027, 2026-11-22, 365"})
    void daysLeftInTheCalendarYear(int year, LocalDate today, long expected) {
        assertThat(JpCompliance.daysLeft(year, today)).isEqualTo(expected);
    }
}
