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

    /** docs/domain.md §2.6.3: the words of a daftar hadir are synonyms of the statuses. */
    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "PRESENT   | PRESENT", "HADIR     | PRESENT", "hadir | PRESENT", "' Hadir ' | PRESENT",
            "LATE      | LATE", "TERLAMBAT | LATE", "Terlambat | LATE",
            "EXCUSED   | EXCUSED", "IZIN      | EXCUSED", "SAKIT     | EXCUSED",
            "ABSENT    | ABSENT", "ALPA      | ABSENT", "alpa | ABSENT",
            "VOIDED    | VOIDED"})
    void aReportedWordNamesItsStatus(String word, AttendanceStatus status) {
        assertThat(AttendanceStatus.ofWord(word)).contains(status);
    }

    @ParameterizedTest(name = "''{0}'' names no status")
    @CsvSource(delimiter = '|', value = {"HADIRR", "H", "PRESENTLY", "''", "CUTI"})
    void anyOtherWordNamesNone(String word) {
        assertThat(AttendanceStatus.ofWord(word)).isEmpty();
    }
}
