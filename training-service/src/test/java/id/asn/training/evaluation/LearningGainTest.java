package id.asn.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Raw and normalized learning gain, docs/domain.md §2.6.2. */
class LearningGainTest {

    @ParameterizedTest(name = "pre {0}, post {1}: gain {2}, normalized {3}")
    @CsvSource(nullValues = "null", value = {
            "50,  75,  25,  0.5000",
            "60,  60,  0,   0.0000",
            "80,  70,  -10, -0.5000",
            "0,   100, 100, 1.0000",
            "100, 100, 0,   null"})
    void gainBetweenPreAndPostTest(BigDecimal pre, BigDecimal post, BigDecimal raw, BigDecimal normalized) {
        assertThat(LearningGain.raw(pre, post)).isEqualByComparingTo(raw);
        if (normalized == null) {
            assertThat(LearningGain.normalized(pre, post)).isNull();
        } else {
            assertThat(LearningGain.normalized(pre, post)).isEqualByComparingTo(normalized);
        }
    }
}
