package id.asn.training.effectiveness;

import java.math.BigDecimal;
import java.util.UUID;

/** Answer records of the programme effectiveness report (docs/domain.md §2.8). */
public final class EffectivenessViews {

    private EffectivenessViews() {
    }

    /** Participants' questionnaire (docs/domain.md §2.6.2): responses and the mean of the five scores, 1-5. */
    public record Reaction(int responses, BigDecimal overall) {
    }

    /** Pre/post test where the programme has one: participants with both tests, mean raw and normalised gain. */
    public record Learning(int withBothTests, BigDecimal averageGain, BigDecimal averageNormalizedGain) {
    }

    /**
     * Application at work, from the supervisors' follow-up evaluations (docs/domain.md §2.7): {@code rated} answered
     * follow-ups, {@code appliedShare} the share of their competency lines that say APPLIED; {@code status}
     * NOT_YET_MEASURED and the figures null until a follow-up is answered.
     */
    public record Application(String status, Integer rated, BigDecimal appliedShare) {
        static final Application NOT_YET_MEASURED = new Application("NOT_YET_MEASURED", null, null);
    }

    /**
     * Gap change in levels (docs/domain.md §2.8): {@code pairs} participant-competency pairs with a gap before the
     * enrolment, {@code participantChange} their mean narrowing, {@code matchedPairs} those with a comparable group,
     * {@code comparisonChange} the comparable groups' mean narrowing over those, {@code effect} the mean of the
     * differences over the matched pairs. Null figures: nothing to measure.
     */
    public record GapChange(int pairs, BigDecimal participantChange, int matchedPairs, BigDecimal comparisonChange,
                            BigDecimal effect) {
    }

    /** One programme's effect. */
    public record ProgramEffect(UUID programId, String programTitle, UUID institutionId, String institutionName,
                                int participants, int completed, Reaction reaction, Learning learning,
                                Application application, GapChange gap) {
    }

    /** One institution's effect over all its programmes, pooled by participant. */
    public record InstitutionEffect(UUID institutionId, String institutionName, int programs, int participants,
                                    int completed, Reaction reaction, Learning learning, Application application,
                                    GapChange gap) {
    }
}
