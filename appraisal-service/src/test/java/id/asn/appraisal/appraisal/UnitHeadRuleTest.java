package id.asn.appraisal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.appraisal.organisation.Capaian;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link UnitHeadRule}: a unit head's hasil kerja follows the unit's capaian (docs/domain.md §3.4). */
class UnitHeadRuleTest {

    private static final Map<String, String> DEFAULTS = Map.of("ISTIMEWA", "DI_ATAS_EKSPEKTASI",
            "BAIK", "SESUAI_EKSPEKTASI", "BUTUH_PERBAIKAN", "DI_BAWAH_EKSPEKTASI",
            "KURANG", "DI_BAWAH_EKSPEKTASI", "SANGAT_KURANG", "DI_BAWAH_EKSPEKTASI");

    @ParameterizedTest(name = "member of {0}, supervisor in {1} -> head {2}")
    @CsvSource(textBlock = """
            # unit,     supervisor's unit (empty: none), heads the unit
            dinas-a,    dinas-a,   false
            dinas-a,    setda,     true
            dinas-a,    ,          true
            ,           setda,     false
            """)
    void theHeadIsTheMemberWhoseSupervisorIsOutsideTheUnit(String unit, String supervisorUnit, boolean head) {
        assertThat(UnitHeadRule.headsUnit(unit, Optional.ofNullable(supervisorUnit))).isEqualTo(head);
    }

    @ParameterizedTest(name = "capaian {0} -> hasil kerja {1}")
    @CsvSource(textBlock = """
            ISTIMEWA,         DI_ATAS_EKSPEKTASI
            BAIK,             SESUAI_EKSPEKTASI
            BUTUH_PERBAIKAN,  DI_BAWAH_EKSPEKTASI
            KURANG,           DI_BAWAH_EKSPEKTASI
            SANGAT_KURANG,    DI_BAWAH_EKSPEKTASI
            """)
    void theHeadsHasilKerjaIsTheUnitsCapaian(Capaian capaian, Rating hasil) {
        assertThat(UnitHeadRule.hasilKerja(capaian, DEFAULTS)).isEqualTo(hasil);
    }
}
