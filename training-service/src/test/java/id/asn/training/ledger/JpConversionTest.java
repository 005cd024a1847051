package id.asn.training.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpConversionTest {

    @ParameterizedTest(name = "1 JP = {0} min, {2}: {1} min -> {3} JP")
    @CsvSource({
            // docs/domain.md §2.1.2: JP = minutes / 45, rounded down, original minutes kept
            "45, 0,    DOWN,    0",
            "45, 44,   DOWN,    0",
            "45, 45,   DOWN,    1",
            "45, 89,   DOWN,    1",
            "45, 90,   DOWN,    2",
            "45, 900,  DOWN,    20",
            "45, 899,  DOWN,    19",
            // the rounding policy is UNVERIFIED, so other modes must work when configured
            "45, 68,   HALF_UP, 2",
            "45, 67,   HALF_UP, 1",
            "45, 1,    UP,      1",
            "60, 120,  DOWN,    2"})
    void convertsMinutesToJpByTheConfiguredRule(int minutesPerJp, long minutes, RoundingMode rounding,
                                                       BigDecimal expected) {
        assertThat(new JpConversion(minutesPerJp, rounding).jp(minutes)).isEqualByComparingTo(expected);
    }
}
