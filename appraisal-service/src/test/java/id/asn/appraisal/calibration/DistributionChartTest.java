package id.asn.appraisal.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chart speaks the words of docs/domain.md §3.4 and §3.5, not the API's constants. */
class DistributionChartTest {

    @ParameterizedTest
    @CsvSource({
        "SANGAT_BAIK, Sangat Baik",
        "BAIK, Baik",
        "BUTUH_PERBAIKAN, Butuh Perbaikan",
        "KURANG_MISCONDUCT, Kurang / Misconduct",
        "SANGAT_KURANG, Sangat Kurang",
        "ISTIMEWA, Istimewa",
    })
    void predikatAndCapaianAreLabelledInWords(String constant, String label) {
        assertThat(DistributionChart.label(constant)).isEqualTo(label);
    }
}
