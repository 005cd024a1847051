package id.asn.training.need;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceTriggerTest {

    @ParameterizedTest(name = "predikat {0} -> development need: {1}")
    @CsvSource({
            // docs/domain.md §3.4 predikat, best to worst; Butuh Perbaikan or worse calls for development
            "SANGAT_BAIK,       false",
            "BAIK,              false",
            "BUTUH_PERBAIKAN,   true",
            "KURANG_MISCONDUCT, true",
            "SANGAT_KURANG,     true",
            "UNKNOWN,           false"})
    void butuhPerbaikanOrWorseNeedsDevelopment(String predikat, boolean expected) {
        assertThat(PerformanceTrigger.needsDevelopment(predikat)).isEqualTo(expected);
    }
}
