package id.asn.training.effectiveness;

import id.asn.training.effectiveness.EffectivenessViews.GapChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The change in the assessed gap of a programme's participants against comparable employees who did not attend
 * (docs/domain.md §2.8): change = gap before the enrolment − latest gap, positive when the gap narrowed; the effect
 * is the participants' change minus their comparable group's, averaged over the pairs that have such a group.
 */
public final class GapEffectRule {

    private static final int SCALE = 2;

    private GapEffectRule() {
    }

    /**
     * One participant and one competency the programme targets.
     *
     * @param comparable       employees in the comparable group; 0 when there is none
     * @param comparisonChange their mean change; null when there is none
     */
    public record Pair(BigDecimal baseline, BigDecimal latest, int comparable, BigDecimal comparisonChange) {
        BigDecimal change() {
            return baseline.subtract(latest);
        }

        boolean matched() {
            return comparable > 0 && comparisonChange != null;
        }
    }

    public static GapChange of(List<Pair> pairs) {
        List<Pair> matched = pairs.stream().filter(Pair::matched).toList();
        return new GapChange(pairs.size(), mean(pairs.stream().map(Pair::change).toList()), matched.size(),
                mean(matched.stream().map(Pair::comparisonChange).toList()),
                mean(matched.stream().map(p -> p.change().subtract(p.comparisonChange())).toList()));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }
}
