package id.asn.training.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceStatusTest {

    @ParameterizedTest(name = "{0} counts as attended: {1}")
    @CsvSource({"PRESENT, true", "LATE, true", "EXCUSED, false", "ABSENT, false", "VOIDED, false"})
    void onlyPresentAndLateCountTowardsTheAttendanceShare(AttendanceStatus status, boolean attended) {
        assertThat(status.attended()).isEqualTo(attended);
    }
}
