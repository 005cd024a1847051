package id.asn.training.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Request and answer records of the evaluations API. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    /** Scores 1 (poor) to 5 (excellent) on the fixed questions, and an optional comment. */
    public record GiveFeedback(@NotNull UUID enrollmentId,
                               @NotNull @Min(1) @Max(5) Integer relevance,
                               @NotNull @Min(1) @Max(5) Integer content,
                               @NotNull @Min(1) @Max(5) Integer facilitator,
                               @NotNull @Min(1) @Max(5) Integer organisation,
                               @NotNull @Min(1) @Max(5) Integer usefulness,
                               @Size(max = 2000) String comment) {
    }

    /** One participant's feedback. */
    public record FeedbackView(UUID id, UUID enrollmentId, UUID programId, String nip, int relevance, int content,
                               int facilitator, int organisation, int usefulness, String comment, Instant givenAt) {
        static FeedbackView of(Feedback f) {
            return new FeedbackView(f.id, f.enrollmentId, f.programId, f.nip, f.relevance, f.content, f.facilitator,
                    f.organisation, f.usefulness, f.comment, f.createdAt);
        }
    }

    /**
     * The agency's evaluation of a programme; learning gain is post − pre averaged over participants with both
     * tests, and normalized as {@link LearningGain#normalized}.
     */
    public record Summary(UUID programId, String programTitle, int responses, BigDecimal relevance,
                          BigDecimal content, BigDecimal facilitator, BigDecimal organisation, BigDecimal usefulness,
                          BigDecimal overall, int participants, int completed, int withBothTests,
                          BigDecimal averageGain, BigDecimal averageNormalizedGain) {
    }
}
