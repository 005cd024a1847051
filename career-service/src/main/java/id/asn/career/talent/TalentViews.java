package id.asn.career.talent;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** Request and answer records of the talent review API. */
public final class TalentViews {

    private TalentViews() {
    }

    /** An agency's scheme for a year: weights summing to 1, cut-offs on the 0..100 potential score. */
    public record SchemeRequest(@NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal competencyWeight,
                                @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal trainingWeight,
                                @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal awardWeight,
                                @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal mediumFrom,
                                @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal highFrom) {
    }

    /** The scheme in force for a year; {@code source} AGENCY when the agency set it, DEFAULT otherwise. */
    public record SchemeView(int year, String source, BigDecimal competencyWeight, BigDecimal trainingWeight,
                             BigDecimal awardWeight, BigDecimal mediumFrom, BigDecimal highFrom) {
    }

    /** One employee's placement with the reason and the recommended follow-up of the box. */
    public record PlacementView(String nip, String name, int year, int box, String kinerja, String potensial,
                                BigDecimal potentialScore, String reason, List<String> recommendedActions) {
    }

    /** The result of recomputing an agency's year. */
    public record Recomputed(int year, int placed, int changed, int withoutAnnualAppraisal) {
    }

    /** One cell of the agency's grid. */
    public record Cell(int box, String kinerja, String potensial, long count) {
    }

    /** The agency's 9-box of a year, count per box. */
    public record Grid(int year, long total, List<Cell> cells) {
    }
}
