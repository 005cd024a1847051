package id.asn.appraisal.rater;

/** What the agency's trained-rater requirement makes of a rating by a trained or untrained rater (docs/domain.md §3.4.2). */
public final class RaterTrainingRule {

    /** The rating goes ahead, goes ahead with a warning, or is refused. */
    public enum Outcome { ALLOW, WARN, REFUSE }

    private RaterTrainingRule() {
    }

    public static Outcome outcome(RaterRequirement requirement, boolean trained) {
        if (trained || requirement == RaterRequirement.OFF) {
            return Outcome.ALLOW;
        }
        return requirement == RaterRequirement.WARN ? Outcome.WARN : Outcome.REFUSE;
    }
}
