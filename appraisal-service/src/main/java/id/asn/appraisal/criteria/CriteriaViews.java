package id.asn.appraisal.criteria;

import id.asn.appraisal.plan.PlanContent.Aspect;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the co-created criteria API. */
public final class CriteriaViews {

    private CriteriaViews() {
    }

    /** An employee's proposal of an indicator for their own unit's plans of a period. */
    public record Propose(@NotNull UUID periodId, @NotNull Aspect aspect,
                          @NotBlank @Size(max = 1000) String indicator, @Size(max = 300) String target) {
    }

    /** A unit member's comment on a proposal. */
    public record Comment(@NotBlank @Size(max = 2000) String text) {
    }

    /** The pejabat penilai's decision on a proposal. */
    public enum Decision { ACCEPT, DECLINE }

    /** Accept (with the wording or target edited, if given) or decline, always with a reason. */
    public record Decide(@NotNull Long version, @NotNull Decision decision, @NotBlank @Size(max = 2000) String reason,
                         @Size(max = 1000) String indicator, @Size(max = 300) String target) {
    }

    /** Publishes the unit's accepted criteria of the period. */
    public record Publish(@NotNull UUID periodId, @NotBlank @Size(max = 64) String unitId) {
    }

    /** A comment as shown. */
    public record CommentView(String authorNip, String text, Instant at) {
    }

    /** What a client sees of a criterion. */
    public record CriterionView(UUID id, UUID periodId, String unitId, Aspect aspect, String indicator, String target,
                                String proposedBy, Criterion.Status status, boolean edited, String reason,
                                Instant publishedAt, List<CommentView> comments, Long version) {
    }

    /** What a publication published. */
    public record Published(UUID periodId, String unitId, int criteria, Instant publishedAt) {
    }
}
