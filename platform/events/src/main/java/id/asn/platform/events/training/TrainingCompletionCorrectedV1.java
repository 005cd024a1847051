package id.asn.platform.events.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code asn.training.completion-corrected.v1}: a completion already published was decided again after hr-admin
 * reopened the session. The event is complete (it replaces what a consumer keeps of the enrolment), and a
 * consumer keeps, per {@code enrollmentId}, the highest {@code revision}: {@code asn.training.completed.v1} counts
 * as revision 1, each correction carries the next.
 *
 * @param completed               true: the enrolment is (again) completed with {@code jp}, {@code completedOn} and
 *                                the reissued {@code certificateNumber}; false: the completion is withdrawn, no JP
 *                                ({@code jp} 0) and no certificate
 * @param revokedCertificateNumber the certificate this correction revoked, if any
 * @param reason                  why hr-admin reopened the session
 */
public record TrainingCompletionCorrectedV1(String enrollmentId, String nip, int revision, boolean completed,
                                            String programId, String programTitle, String developmentPath,
                                            String institutionName,
                                            List<TrainingCompletedV1.TargetCompetency> competencies, BigDecimal jp,
                                            LocalDate startDate, LocalDate completedOn, String certificateNumber,
                                            String revokedCertificateNumber, String reason, Boolean raterTraining) {
}
