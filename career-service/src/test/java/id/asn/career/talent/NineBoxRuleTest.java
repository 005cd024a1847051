package id.asn.career.talent;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.career.talent.NineBoxRule.Evidence;
import id.asn.career.talent.NineBoxRule.Kinerja;
import id.asn.career.talent.NineBoxRule.Placement;
import id.asn.career.talent.NineBoxRule.Potensial;
import id.asn.career.talent.NineBoxRule.Scheme;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/domain.md §4.4: the fixed numbering of all nine cells, and §4.3: the cut-off edges of the potential axis. */
class NineBoxRuleTest {

    private static final Scheme SCHEME = new Scheme(new BigDecimal("0.60"), new BigDecimal("0.25"),
            new BigDecimal("0.15"), new BigDecimal("60"), new BigDecimal("80"), new BigDecimal("20"),
            Map.of("SANGAT_BAIK", "DI_ATAS_EKSPEKTASI", "BAIK", "SESUAI_EKSPEKTASI",
                    "BUTUH_PERBAIKAN", "DI_BAWAH_EKSPEKTASI"));

    @ParameterizedTest(name = "kinerja {0}, potensial {1}: box {2}")
    @CsvSource({
            "DI_ATAS_EKSPEKTASI, RENDAH, 4", "DI_ATAS_EKSPEKTASI, MENENGAH, 7", "DI_ATAS_EKSPEKTASI, TINGGI, 9",
            "SESUAI_EKSPEKTASI, RENDAH, 2", "SESUAI_EKSPEKTASI, MENENGAH, 5", "SESUAI_EKSPEKTASI, TINGGI, 8",
            "DI_BAWAH_EKSPEKTASI, RENDAH, 1", "DI_BAWAH_EKSPEKTASI, MENENGAH, 3", "DI_BAWAH_EKSPEKTASI, TINGGI, 6"})
    void everyCellHasItsFixedNumber(Kinerja kinerja, Potensial potensial, int box) {
        assertThat(NineBoxRule.box(kinerja, potensial)).isEqualTo(box);
        assertThat(NineBoxRule.actions(box)).isNotEmpty();
    }

    @ParameterizedTest(name = "score {0}: {1}")
    @CsvSource({"0, RENDAH", "59.99, RENDAH", "60, MENENGAH", "60.00, MENENGAH", "79.99, MENENGAH", "80, TINGGI",
            "100, TINGGI"})
    void cutOffsAreInclusiveLowerEdges(BigDecimal score, Potensial expected) {
        assertThat(NineBoxRule.potensial(score, new BigDecimal("60"), new BigDecimal("80"))).isEqualTo(expected);
    }

    @Test
    void boxNineIsPromotedAndBoxOneHandledByTheRegulations() {
        assertThat(NineBoxRule.actions(9)).contains("Dipromosikan dan dipertahankan", "Penghargaan");
        assertThat(NineBoxRule.actions(1)).containsExactly("Diproses sesuai ketentuan peraturan perundang-undangan");
    }

    @ParameterizedTest(name = "{0}, JPM {1}, {2} JP, award {3}: score {4}, box {5}")
    @CsvSource(nullValues = "-", value = {
            // 100×0.6 + 100×0.25 + 100×0.15
            "SANGAT_BAIK, 100, 20, true, 100.00, 9",
            // JPM above 100 counts as 100, JP above the minimum as 100: 60 + 25 = 85
            "BAIK, 120, 40, false, 85.00, 8",
            // 80×0.6 + 50×0.25 = 48 + 12.5 = 60.50 → MENENGAH
            "BAIK, 80, 10, false, 60.50, 5",
            // never assessed counts as 0: 0 + 25 + 15 = 40 → RENDAH
            "BUTUH_PERBAIKAN, -, 20, true, 40.00, 1",
            // exactly the edge: 75×0.6 + 80×0.25 + 100×0.15 = 45 + 20 + 15 = 80 → TINGGI
            "BUTUH_PERBAIKAN, 75, 16, true, 80.00, 6"})
    void placesFromTheEvidenceWithAReason(String predikat, BigDecimal jpm, BigDecimal jp, boolean awarded,
                                          BigDecimal score, int box) {
        Placement p = NineBoxRule.place(new Evidence(2026, predikat, jpm, jp, awarded), SCHEME).orElseThrow();
        assertThat(p.potentialScore()).isEqualByComparingTo(score);
        assertThat(p.box()).isEqualTo(box);
        assertThat(p.reason()).contains("2026 annual predikat " + predikat).contains("box " + box);
    }

    @Test
    void aPredikatWithoutAKinerjaReadingIsNotPlaced() {
        assertThat(NineBoxRule.place(new Evidence(2026, "SANGAT_KURANG", BigDecimal.TEN, BigDecimal.ONE, false),
                SCHEME)).isEmpty();
    }
}
