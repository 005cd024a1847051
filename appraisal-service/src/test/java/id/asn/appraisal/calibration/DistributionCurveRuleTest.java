package id.asn.appraisal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.appraisal.appraisal.Predikat;
import id.asn.appraisal.calibration.DistributionCurveRule.Comparison;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DistributionCurveRule}: a unit's predikat shares against a curve (docs/domain.md §3.5), here 15/65/15/5/0
 * (Sangat Baik ... Sangat Kurang) with a tolerance of 10 points.
 */
class DistributionCurveRuleTest {

    private static final Map<Predikat, Integer> CURVE = Map.of(Predikat.SANGAT_BAIK, 15, Predikat.BAIK, 65,
            Predikat.BUTUH_PERBAIKAN, 15, Predikat.KURANG_MISCONDUCT, 5, Predikat.SANGAT_KURANG, 0);

    @ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4} -> largest {5}, outside {6}, Sangat Baik {7} points")
    @CsvSource(textBlock = """
            # counts SB, B, BP, K, SK; largest difference; outside; difference of Sangat Baik
            1, 3, 1, 0, 0,   5.0,  false,   5.0
            0, 0, 0, 0, 0,   0.0,  false,   0.0
            3, 0, 0, 0, 0,  85.0,  true,   85.0
            2, 2, 0, 0, 0,  35.0,  true,   35.0
            3, 13, 3, 1, 0,  0.0,  false,   0.0
            1, 2, 0, 0, 0,  18.3,  true,   18.3
            0, 1, 0, 0, 1,  50.0,  true,  -15.0
            """)
    void comparesEachShareWithTheCurve(long sb, long b, long bp, long k, long sk, BigDecimal largest,
                                       boolean outside, BigDecimal sangatBaik) {
        Map<Predikat, Long> counts = new EnumMap<>(Predikat.class);
        counts.put(Predikat.SANGAT_BAIK, sb);
        counts.put(Predikat.BAIK, b);
        counts.put(Predikat.BUTUH_PERBAIKAN, bp);
        counts.put(Predikat.KURANG_MISCONDUCT, k);
        counts.put(Predikat.SANGAT_KURANG, sk);

        Comparison comparison = DistributionCurveRule.compare(counts, CURVE, 10);

        assertThat(comparison.largestDifference()).isEqualByComparingTo(largest);
        assertThat(comparison.outside()).isEqualTo(outside);
        assertThat(comparison.shares().get(0).differencePoints()).isEqualByComparingTo(sangatBaik);
        assertThat(comparison.total()).isEqualTo(sb + b + bp + k + sk);
    }
}
