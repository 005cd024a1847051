package id.asn.appraisal.multirater;

import id.asn.appraisal.appraisal.Rating;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request and answer records of the behaviour input API; none of the answers to others names a rater. */
public final class MultiraterViews {

    private MultiraterViews() {
    }

    /** A peer's or subordinate's perilaku kerja input; giving it again replaces it until finalisation. */
    public record GiveInput(@NotNull Rating rating, @Size(max = 2000) String comment) {
    }

    /** The caller's own input, shown only to them. */
    public record OwnInput(UUID appraisalId, RaterGroup group, Rating rating, String comment, Instant givenAt) {
        static OwnInput of(BehaviourInput i) {
            return new OwnInput(i.appraisalId, i.group, i.rating, i.comment, i.updatedAt);
        }
    }

    /** A group that reached its minimum: how many gave input, its weight, the ratings' distribution and mean. */
    public record GroupView(RaterGroup group, int inputs, int weight, BigDecimal mean, Map<Rating, Long> ratings) {
    }

    /**
     * The behaviour input of an appraisal as the appraisee, the pejabat penilai and hr-admin see it: groups below
     * their minimum are left out, comments and names are never shown; {@code weightedScore} (1–3) weighs the
     * pejabat penilai's rating with the groups that count.
     */
    public record Summary(UUID appraisalId, Rating superiorRating, int superiorWeight, List<GroupView> groups,
                          BigDecimal weightedScore) {
    }
}
