package id.asn.appraisal.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link ObjectionWindowRule}: the last day of the objection window, docs/domain.md §3.9. */
class ObjectionWindowRuleTest {

    @ParameterizedTest(name = "received {0}, {1} {2} days -> {3}")
    @CsvSource(textBlock = """
            # received,  days, working, last day
            2027-01-15,  14,   false,   2027-01-29
            2027-12-25,  14,   false,   2028-01-08
            2028-02-20,  14,   false,   2028-03-05
            # Friday 15 January: 14 working days skip two weekends and a half
            2027-01-15,  14,   true,    2027-02-04
            # received on a Saturday: the first working day is the Monday
            2027-01-16,  1,    true,    2027-01-18
            2027-01-15,  0,    false,   2027-01-15
            """)
    void countsCalendarOrWorkingDaysAfterReceipt(LocalDate received, int days, boolean working, LocalDate last) {
        assertThat(ObjectionWindowRule.deadline(received, days, working)).isEqualTo(last);
    }
}
