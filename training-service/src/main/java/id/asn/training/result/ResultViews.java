package id.asn.training.result;

import id.asn.platform.problem.Problem;
import id.asn.training.enrollment.Enrollment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the results, completion and certificate APIs. */
public final class ResultViews {

    private ResultViews() {
    }

    /**
     * One participant's scores (0-100); an omitted score is left as it was. A wrong NIP or a score out of range
     * rejects the row, not the request (docs/domain.md §2.6.3).
     */
    public record Score(@Schema(example = "199003152019032005") String nip,
                        @Schema(description = "0 to 100.", example = "55") BigDecimal preTest,
                        @Schema(description = "0 to 100.", example = "82") BigDecimal postTest) {
    }

    /** Scores of up to 5,000 participants. */
    public record PostScores(@NotNull @Size(min = 1, max = 5000) List<@NotNull Score> rows) {
    }

    /**
     * One score row's result; {@code reason} says why it was not stored, {@code errors} names each bad value of a
     * row rejected for its values, in the caller's language.
     */
    public record ScoreResult(int index, String nip, boolean stored, String reason, UUID enrollmentId,
                              List<Problem.FieldError> errors) {
    }

    /** One participant's completion decision. */
    public record Outcome(UUID enrollmentId, String nip, Enrollment.Status status, BigDecimal attendanceShare,
                          BigDecimal postTest, List<CompletionRule.Shortfall> shortfalls, String certificateNumber) {
    }

    /** One certificate to issue: its number, the enrolment it completes and the holder's name. */
    public record CertificateIssue(String number, UUID enrollmentId, String holderName) {
    }

    /** All that verification reveals: no NIP, no agency, no scores. */
    public record Verification(String number, String holderName, String programTitle, LocalDate completedOn) {
    }
}
