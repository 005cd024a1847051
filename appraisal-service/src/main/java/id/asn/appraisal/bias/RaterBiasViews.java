package id.asn.appraisal.bias;

import id.asn.appraisal.appraisal.Predikat;
import java.math.BigDecimal;
import java.util.Map;

/** Answer records of the rater bias report. */
public final class RaterBiasViews {

    private RaterBiasViews() {
    }

    /**
     * A set of predikats the raters gave: how many of each, their share in per cent, and the mean score (Sangat Baik
     * 5 ... Sangat Kurang 1).
     */
    public record Spread(long appraisals, Map<Predikat, Long> counts, Map<Predikat, BigDecimal> percent,
                         BigDecimal meanScore) {
    }

    /**
     * One rater in one unit (docs/domain.md §3.5): the spread of the predikats they gave against their unit's and the
     * agency's; leniency as the mean of their predikat score minus the calibrated one (positive: they rated higher
     * than calibration settled) and as the mean of their perilaku kerja score minus the mean of the peers' and
     * subordinates' input on the same people (1 to 3, counting groups only; null when no one is comparable); and
     * how many of their ratings calibration changed.
     */
    public record RaterBias(String raterNip, String raterName, String unitId, Spread rater, Spread unit,
                            Spread agency, BigDecimal leniencyVsCalibration, BigDecimal leniencyVsOtherRaters,
                            long peopleComparedWithOtherRaters, long changedByCalibration) {
    }
}
