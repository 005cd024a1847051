package id.asn.training.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Learning gain from a pre-test and a post-test on a 0..100 scale: the raw gain (post − pre) and the normalized gain
 * (post − pre) ÷ (100 − pre), which compares participants who started at different levels. Rule: docs/domain.md
 * §2.6.2.
 */
public final class LearningGain {

    private static final BigDecimal MAX = BigDecimal.valueOf(100);

    private LearningGain() {
    }

    public static BigDecimal raw(BigDecimal pre, BigDecimal post) {
        return post.subtract(pre);
    }

    /** Null when the pre-test was already perfect: there was nothing left to gain. */
    public static BigDecimal normalized(BigDecimal pre, BigDecimal post) {
        BigDecimal room = MAX.subtract(pre);
        if (room.signum() <= 0) {
            return null;
        }
        return post.subtract(pre).divide(room, 4, RoundingMode.HALF_UP);
    }
}
