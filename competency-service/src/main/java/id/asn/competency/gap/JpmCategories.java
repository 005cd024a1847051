package id.asn.competency.gap;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Names a JPM by the highest cut-off it reaches. The labels and cut-offs vary by assessor and are not fixed by
 * regulation (docs/domain.md §1.7.3, UNVERIFIED), so they come from configuration ({@code competency.jpm.categories}).
 */
public final class JpmCategories {

    private final List<Map.Entry<String, BigDecimal>> descending;

    /** @param minimumByLabel the lowest JPM (inclusive) each label starts at */
    public JpmCategories(Map<String, BigDecimal> minimumByLabel) {
        this.descending = minimumByLabel.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()))
                .map(e -> Map.entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** The category of a JPM; null when there is no JPM or it is below every cut-off. */
    public String categorize(BigDecimal jpm) {
        if (jpm == null) {
            return null;
        }
        return descending.stream().filter(e -> jpm.compareTo(e.getValue()) >= 0)
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
