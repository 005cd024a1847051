package id.asn.appraisal.multirater;

import id.asn.appraisal.appraisal.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How rater groups count (docs/domain.md §3.4.1): a group counts only with at least its minimum of inputs (below it
 * it is neither counted nor shown, so that no single colleague can be recognised); each counting group's mean (Di
 * Bawah 1, Sesuai 2, Di Atas 3) and the pejabat penilai's rating are weighed, the weights of absent groups left out.
 */
public final class RaterGroupRule {

    /** A group's inputs and the terms it counts under. */
    public record Group(RaterGroup group, List<Rating> ratings, int minimum, int weight) {
        public boolean counts() {
            return ratings.size() >= minimum && !ratings.isEmpty();
        }

        public BigDecimal mean() {
            return BigDecimal.valueOf(ratings.stream().mapToInt(RaterGroupRule::score).sum())
                    .divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
        }
    }

    private RaterGroupRule() {
    }

    public static int score(Rating rating) {
        return switch (rating) {
            case DI_BAWAH_EKSPEKTASI -> 1;
            case SESUAI_EKSPEKTASI -> 2;
            case DI_ATAS_EKSPEKTASI -> 3;
        };
    }

    /**
     * The weighted behaviour score on the 1–3 scale of the pejabat penilai's rating (may be null: not rated yet) and
     * the groups that count; null when nothing counts.
     */
    public static BigDecimal weighted(Rating superior, int superiorWeight, List<Group> groups) {
        BigDecimal sum = BigDecimal.ZERO;
        int weights = 0;
        if (superior != null) {
            sum = sum.add(BigDecimal.valueOf((long) score(superior) * superiorWeight));
            weights += superiorWeight;
        }
        for (Group group : groups) {
            if (group.counts()) {
                sum = sum.add(group.mean().multiply(BigDecimal.valueOf(group.weight())));
                weights += group.weight();
            }
        }
        return weights == 0 ? null : sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** The share of each rating among a group's inputs, for a group that counts. */
    public static Map<Rating, Long> distribution(List<Rating> ratings) {
        Map<Rating, Long> counts = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            counts.put(r, ratings.stream().filter(r::equals).count());
        }
        return counts;
    }
}
