package id.asn.appraisal.appraisal;

import id.asn.appraisal.organisation.Capaian;
import java.util.Map;
import java.util.Optional;

/**
 * docs/domain.md §3.4: when the person appraised heads an organisation unit, the unit's capaian kinerja organisasi
 * becomes their hasil kerja rating. The head of a unit is the member whose direct supervisor is outside the unit (or
 * who has none). Which rating each capaian gives is configuration ({@code appraisal.unit-head.hasil-kerja.*},
 * UNVERIFIED).
 */
public final class UnitHeadRule {

    private UnitHeadRule() {
    }

    /**
     * Whether a member of {@code unitId} heads it.
     *
     * @param supervisorUnitId the unit of the member's direct supervisor; empty when they have none
     */
    public static boolean headsUnit(String unitId, Optional<String> supervisorUnitId) {
        return unitId != null && supervisorUnitId.map(unit -> !unitId.equals(unit)).orElse(true);
    }

    /** The hasil kerja a unit head receives for the unit's {@code capaian} under {@code mapping} (capaian → rating). */
    public static Rating hasilKerja(Capaian capaian, Map<String, String> mapping) {
        String rating = mapping.get(capaian.name());
        if (rating == null) {
            throw new IllegalStateException("appraisal.unit-head.hasil-kerja lacks " + capaian);
        }
        return Rating.valueOf(rating);
    }
}
