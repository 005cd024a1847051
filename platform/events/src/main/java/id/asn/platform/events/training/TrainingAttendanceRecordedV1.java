package id.asn.platform.events.training;

import java.time.LocalDate;

/**
 * {@code asn.training.attendance-recorded.v1}: a partner institution recorded (or amended) attendance at one
 * meeting.
 *
 * @param status PRESENT, LATE, EXCUSED, ABSENT or VOIDED
 */
public record TrainingAttendanceRecordedV1(String enrollmentId, String nip, String sessionId, String meetingId,
                                           LocalDate meetingDate, String status) {
}
