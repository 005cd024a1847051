package id.asn.training.attendance;

import java.util.Arrays;
import java.util.List;

/** What a partner reports for one participant at one meeting; VOIDED marks a row withdrawn with a reason. */
public enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT, VOIDED;

    /** Whether the participant was in the meeting: late arrivals attended, excused absences did not. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }

    /** The statuses that count as attended, by name, for SQL. */
    public static List<String> attendedNames() {
        return Arrays.stream(values()).filter(AttendanceStatus::attended).map(Enum::name).toList();
    }
}
