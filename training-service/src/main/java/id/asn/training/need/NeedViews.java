package id.asn.training.need;

import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the training needs and needs surveys APIs. */
public final class NeedViews {

    private NeedViews() {
    }

    /** A survey for the needs of a year. */
    public record OpenSurvey(@NotBlank @Size(max = 300) String title, @Min(2000) @Max(2100) int year) {
    }

    /** One need named in an answer; priority 1 (highest) to 3. */
    public record Item(@NotBlank @Size(max = 60) String competencyCode, @Size(max = 300) String competencyName,
                       @Min(1) @Max(3) Integer priority, @Size(max = 1000) String note) {
    }

    /** An answer for oneself ({@code nip} omitted) or, by a supervisor, for a direct report. */
    public record Answer(@ValidNip String nip, @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Item> items) {
        public Answer {
            nip = NipInput.normalise(nip);
        }
    }

    /** One need. */
    public record NeedView(UUID id, String nip, String unitId, String competencyCode, String competencyName,
                           TrainingNeed.Source source, BigDecimal gap, Short priority, String note,
                           TrainingNeed.Status status, int year) {
        static NeedView of(TrainingNeed n) {
            return new NeedView(n.id, n.nip, n.unitId, n.competencyCode, n.competencyName, n.source, n.gap,
                    n.priority, n.note, n.status, n.year);
        }
    }

    /** Open needs for one competency in one unit; {@code competencyCode} is null for appraisal-based needs. */
    public record Aggregate(String competencyCode, String competencyName, String unitId, int employees,
                            int fromGaps, int fromAppraisals, int fromSurveys, BigDecimal averageGap) {
    }

    /** A need as a bulk nomination checks it (docs/domain.md §2.6.4). */
    public record NeedRef(UUID id, String nip, String competencyCode, boolean open) {
    }

    /** An open need as the plan proposal reads it (docs/domain.md §2.9.1). */
    public record OpenNeed(String nip, String competencyCode, TrainingNeed.Source source, BigDecimal gap,
                           Integer requiredLevel) {
    }

    /** A survey. */
    public record SurveyView(UUID id, String title, int year, NeedsSurvey.Status status, Instant closedAt) {
        static SurveyView of(NeedsSurvey s) {
            return new SurveyView(s.id, s.title, s.year, s.status, s.closedAt);
        }
    }
}
