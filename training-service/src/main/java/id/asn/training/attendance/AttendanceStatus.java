package id.asn.training.attendance;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a partner reports for one participant at one meeting; VOIDED marks a row withdrawn with a reason. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT, VOIDED;

    /** The words of a daftar hadir, as partners' systems export them (docs/domain.md §2.6.3). */
    private static final Map<String, AttendanceStatus> INDONESIAN = Map.of(
            "HADIR", PRESENT, "TERLAMBAT", LATE, "IZIN", EXCUSED, "SAKIT", EXCUSED, "ALPA", ABSENT);

    /** The words a partner may report, ours first, for a message that lists them. */
    public static final String REPORTABLE_WORDS = "PRESENT, LATE, EXCUSED, ABSENT, HADIR, TERLAMBAT, IZIN, SAKIT, ALPA";

    /** Whether the participant was in the meeting: late arrivals attended, excused absences did not. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    /** The statuses that count as attended, by name, for SQL. */
    public static List<String> attendedNames() {
        return Arrays.stream(values()).filter(AttendanceStatus::attended).map(Enum::name).toList();
    }

    /**
     * The status a reported word names, in any letter case and without surrounding spaces: one of ours or its
     * Indonesian synonym (docs/domain.md §2.6.3). VOIDED is a status, but not one a partner reports.
     */
    public static Optional<AttendanceStatus> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String upper = word.strip().toUpperCase(Locale.ROOT);
        if (INDONESIAN.containsKey(upper)) {
            return Optional.of(INDONESIAN.get(upper));
        }
        return Arrays.stream(values()).filter(status -> status.name().equals(upper)).findFirst();
    }
}
