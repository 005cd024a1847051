package id.asn.platform.events.competency;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code asn.competency.gap-changed.v1}: the set of an employee's competency gaps against the position standard
 * changed. {@code gaps} lists every competency still short (gap &gt; 0); an empty list means none is left.
 *
 * @param jpm job-person match in percent (Σ current ÷ Σ required × 100, not capped); null when nothing is assessed
 */
public record CompetencyGapChangedV1(String nip, String unitId, String positionId, BigDecimal jpm,
                                     List<Gap> gaps) {

    /** One competency short of its required level; {@code currentLevel} is null when never assessed. */
    public record Gap(String competencyCode, String competencyName, String kind, int requiredLevel,
                      BigDecimal currentLevel, BigDecimal gap, boolean inDevelopment) {
    }
}
