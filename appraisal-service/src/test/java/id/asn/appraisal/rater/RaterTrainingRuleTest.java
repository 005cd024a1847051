package id.asn.appraisal.rater;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.appraisal.rater.RaterTrainingRule.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link RaterTrainingRule}: docs/domain.md §3.4.2, the agency's requirement against a trained or untrained rater. */
class RaterTrainingRuleTest {

    @ParameterizedTest(name = "{0}, trained {1} -> {2}")
    @CsvSource({
            "OFF,    false, ALLOW",
            "OFF,    true,  ALLOW",
            "WARN,   false, WARN",
            "WARN,   true,  ALLOW",
            "REFUSE, false, REFUSE",
            "REFUSE, true,  ALLOW"})
    void theRequirementDecidesOnlyForAnUntrainedRater(RaterRequirement requirement, boolean trained, Outcome outcome) {
        assertThat(RaterTrainingRule.outcome(requirement, trained)).isEqualTo(outcome);
    }
}
