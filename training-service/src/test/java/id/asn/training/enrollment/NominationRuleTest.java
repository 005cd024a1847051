package id.asn.training.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.training.enrollment.NominationRule.Admission;
import id.asn.training.enrollment.NominationRule.Placement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NominationRule: who may be nominated and where the nomination lands, docs/domain.md §2.6.4. */
class NominationRuleTest {

    @ParameterizedTest(name = "known {0}, existing {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "true,  null,          ADMITTED",
            "true,  CANCELLED,     ADMITTED",
            "true,  REJECTED,      ADMITTED",
            "true,  REQUESTED,     ALREADY_PLACED",
            "true,  ENROLLED,      ALREADY_PLACED",
            "true,  WAITLISTED,    ALREADY_PLACED",
            "true,  COMPLETED,     ALREADY_PLACED",
            "true,  NOT_COMPLETED, ALREADY_PLACED",
            "false, null,          UNKNOWN_EMPLOYEE",
            "false, ENROLLED,      UNKNOWN_EMPLOYEE"})
    void onlyAKnownEmployeeWithoutAPlaceIsAdmitted(boolean known, Enrollment.Status existing, Admission admission) {
        assertThat(NominationRule.admit(known, existing)).isEqualTo(admission);
    }

    @ParameterizedTest(name = "{0} of {1} seats taken -> {2}")
    @CsvSource({"0, 1, SEAT", "29, 30, SEAT", "30, 30, WAITLIST", "31, 30, WAITLIST"})
    void aSeatWhileTheCapacityLastsThenTheWaitlist(long taken, int capacity, Placement placement) {
        assertThat(NominationRule.place(taken, capacity)).isEqualTo(placement);
    }
}
