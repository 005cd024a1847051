package id.asn.platform.events.training;

import java.time.LocalDate;

/** {@code asn.training.enrolled.v1}: an employee got a place in a training session. */
public record TrainingEnrolledV1(String enrollmentId, String nip, String programId, String programTitle,
                                 String sessionId, LocalDate startDate, LocalDate endDate, boolean mandatory) {
}
