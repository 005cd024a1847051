package id.asn.appraisal.feedback;

import id.asn.appraisal.plan.PlanContent.BehaviourValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and answer records of the continuous feedback API. */
public final class FeedbackViews {

    private FeedbackViews() {
    }

    /**
     * An entry about one RHK ({@code workResultId}, optionally with one of its {@code indicatorId}s) or one
     * BerAKHLAK value ({@code behaviourValue}), exactly one of the two.
     */
    public record RecordFeedback(@Size(max = 40) String workResultId, @Size(max = 40) String indicatorId,
                                 BehaviourValue behaviourValue, @NotBlank @Size(max = 4000) String text,
                                 @Size(max = 300) String realisation, @Size(max = 1000) String evidence) {
    }

    /** What a client sees of an entry. */
    public record FeedbackView(UUID id, UUID planId, String authorNip, FeedbackEntry.Side authorSide,
                               String workResultId, String indicatorId, BehaviourValue behaviourValue, String text,
                               String realisation, String evidence, Instant recordedAt) {
        static FeedbackView of(FeedbackEntry e) {
            return new FeedbackView(e.id, e.planId, e.authorNip, e.authorSide, e.workResultId, e.indicatorId,
                    e.behaviourValue, e.text, e.realisation, e.evidence, e.createdAt);
        }
    }
}
