package id.asn.training.result;

import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.training.enrollment.Enrollment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the results, completion and certificate APIs. */
public final class ResultViews {

    private ResultViews() {
    }

    /** One participant's scores (0-100); an omitted score is left as it was. */
    public record Score(@NotNull @ValidNip String nip,
                        @DecimalMin("0") @DecimalMax("100") BigDecimal preTest,
                        @DecimalMin("0") @DecimalMax("100") BigDecimal postTest) {
        public Score {
            nip = NipInput.normalise(nip);
        }
    }

    /** Scores of up to 5,000 participants. */
    public record PostScores(@NotNull @Size(min = 1, max = 5000) List<@Valid @NotNull Score> rows) {
    }

    /** One score row's result; {@code reason} says why it was not stored. */
    public record ScoreResult(int index, String nip, boolean stored, String reason, UUID enrollmentId) {
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
