package id.asn.competency.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Gaps and the Job Person Match of one person against one position standard (docs/domain.md §1.7.1–§1.7.2):
 * {@code gap = required − current} per competency (positive means a development need; never assessed counts
 * as 0), and {@code JPM = Σ current ÷ Σ required × 100}, rounded to 2 decimals and deliberately not capped at 100.
 */
public final class JobPersonMatch {

    /** A competency of the standard: the level it requires and the current level, null when never assessed. */
    public record Line(String competencyCode, int requiredLevel, BigDecimal currentLevel) {
        public BigDecimal gap() {
            return BigDecimal.valueOf(requiredLevel)
                    .subtract(currentLevel == null ? BigDecimal.ZERO : currentLevel)
                    .setScale(2, RoundingMode.HALF_UP);
        }

        public boolean isShort() {
            return gap().signum() > 0;
        }
    }

    private JobPersonMatch() {
    }

    /** The JPM in percent, or null when the standard is empty or nothing in it has been assessed. */
    public static BigDecimal jpm(List<Line> lines) {
        if (lines.stream().allMatch(l -> l.currentLevel() == null)) {
            return null;
        }
        BigDecimal required = BigDecimal.valueOf(lines.stream().mapToInt(Line::requiredLevel).sum());
        BigDecimal current = lines.stream().map(Line::currentLevel).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return current.multiply(BigDecimal.valueOf(100)).divide(required, 2, RoundingMode.HALF_UP);
    }
}
