package id.asn.appraisal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PredikatRule}: the predikat matrix of docs/domain.md §3.4, all nine cells. */
class PredikatRuleTest {

    @ParameterizedTest(name = "hasil {0}, perilaku {1} -> {2}")
    @CsvSource(textBlock = """
            # hasil kerja,        perilaku kerja,       predikat
            DI_ATAS_EKSPEKTASI,   DI_BAWAH_EKSPEKTASI,  KURANG_MISCONDUCT
            DI_ATAS_EKSPEKTASI,   SESUAI_EKSPEKTASI,    BAIK
            DI_ATAS_EKSPEKTASI,   DI_ATAS_EKSPEKTASI,   SANGAT_BAIK
            SESUAI_EKSPEKTASI,    DI_BAWAH_EKSPEKTASI,  KURANG_MISCONDUCT
            SESUAI_EKSPEKTASI,    SESUAI_EKSPEKTASI,    BAIK
            SESUAI_EKSPEKTASI,    DI_ATAS_EKSPEKTASI,   BAIK
            DI_BAWAH_EKSPEKTASI,  DI_BAWAH_EKSPEKTASI,  SANGAT_KURANG
            DI_BAWAH_EKSPEKTASI,  SESUAI_EKSPEKTASI,    BUTUH_PERBAIKAN
            DI_BAWAH_EKSPEKTASI,  DI_ATAS_EKSPEKTASI,   BUTUH_PERBAIKAN
            """)
    void givesThePredikatOfEachCellOfTheMatrix(Rating hasil, Rating perilaku, Predikat expected) {
        assertThat(PredikatRule.predikat(hasil, perilaku)).isEqualTo(expected);
    }
}
