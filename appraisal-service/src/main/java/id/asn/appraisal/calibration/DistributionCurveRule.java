package id.asn.appraisal.calibration;

import id.asn.appraisal.appraisal.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * docs/domain.md §3.5: a unit's predikat distribution against the curve its capaian kinerja organisasi selects. Each
 * predikat's actual share (one decimal, per cent) minus the curve's share is its difference in percentage points; the
 * unit lies outside the curve when any difference exceeds the tolerance. A consideration, never a quota: the caller
 * asks for a justification, it does not refuse.
 */
public final class DistributionCurveRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One predikat: how many, their share, the curve's share and the difference. */
    public record Share(Predikat predikat, long count, BigDecimal actualPercent, int curvePercent,
                        BigDecimal differencePoints, boolean outsideTolerance) {
    }

    /** The whole comparison; an empty unit is never outside. */
    public record Comparison(long total, List<Share> shares, BigDecimal largestDifference, boolean outside) {
    }

    private DistributionCurveRule() {
    }

    public static Comparison compare(Map<Predikat, Long> counts, Map<Predikat, Integer> curve, int tolerancePoints) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal tolerance = BigDecimal.valueOf(tolerancePoints);
        List<Share> shares = new ArrayList<>();
        BigDecimal largest = BigDecimal.ZERO.setScale(1);
        for (Predikat predikat : Predikat.values()) {
            long count = counts.getOrDefault(predikat, 0L);
            int expected = curve.getOrDefault(predikat, 0);
            BigDecimal actual = total == 0 ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
            BigDecimal difference = total == 0 ? BigDecimal.ZERO.setScale(1) : actual.subtract(BigDecimal.valueOf(expected));
            boolean outside = difference.abs().compareTo(tolerance) > 0;
            if (difference.abs().compareTo(largest) > 0) {
                largest = difference.abs();
            }
            shares.add(new Share(predikat, count, actual, expected, difference, outside));
        }
        return new Comparison(total, shares, largest, shares.stream().anyMatch(Share::outsideTolerance));
    }
}
