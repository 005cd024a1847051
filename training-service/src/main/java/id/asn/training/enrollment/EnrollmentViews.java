package id.asn.training.enrollment;

import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer records of the enrolments API, and what other features need of an enrolment. */
public final class EnrollmentViews {

    private EnrollmentViews() {
    }

    /**
     * A nomination ({@code nip} of a direct report, or anyone for hr-admin) or a request for oneself ({@code nip}
     * omitted or one's own). {@code overrideReason} lets hr-admin go beyond the approved plan's budget on purpose.
     */
    public record Enroll(@NotNull UUID sessionId, @ValidNip String nip, @Size(max = 500) String overrideReason) {
        public Enroll {
            nip = NipInput.normalise(nip);
        }
    }

    /** An approval; {@code overrideReason} only to go beyond the budget on purpose. */
    public record Decision(@Size(max = 500) String overrideReason) {
    }

    /** What a client sees of an enrolment. */
    public record EnrollmentView(UUID id, UUID sessionId, String nip, Enrollment.Status status,
                                 Enrollment.Origin origin, BigDecimal preTest, BigDecimal postTest,
                                 BigDecimal attendanceShare, String outcomeReasons, LocalDate completedOn,
                                 String certificateNumber, Long version) {
        static EnrollmentView of(Enrollment e) {
            return new EnrollmentView(e.id, e.sessionId, e.nip, e.status, e.origin, e.preTest, e.postTest,
                    e.attendanceShare, e.outcomeReasons, e.completedOn, e.certificateNumber, e.version);
        }
    }

    /**
     * What completion decided for one participant, for the enrolment to record: COMPLETED with the date and the
     * certificate, or NOT_COMPLETED with the shortfalls' names.
     */
    public record CompletionOutcome(UUID enrollmentId, Enrollment.Status status, BigDecimal attendanceShare,
                                    List<String> shortfalls, LocalDate completedOn, String certificateNumber,
                                    int completionRevision) {
    }

    /**
     * What completion and evaluation need of one participant; {@code completionRevision} counts the completion
     * events published for it (docs/domain.md §2.6.5).
     */
    public record Participant(UUID enrollmentId, UUID sessionId, String nip, BigDecimal postTest,
                              Enrollment.Status status, String certificateNumber, int completionRevision) {
        static Participant of(Enrollment e) {
            return new Participant(e.id, e.sessionId, e.nip, e.postTest, e.status, e.certificateNumber,
                    e.completionRevision);
        }

        /** Its completion stands (was decided and published, not withdrawn). */
        public boolean completed() {
            return status == Enrollment.Status.COMPLETED;
        }
    }

    /**
     * A bulk nomination into one session (docs/domain.md §2.6.4): exactly one of {@code nips}, {@code needIds} (the
     * needs' employees) or {@code unitId} (its active employees; with {@code openNeedsOnly} only those with an open
     * need for a competency the programme develops). The values of the lists are judged row by row.
     */
    @Schema(description = "Give exactly one of nips, needIds or unitId.")
    public record Nominate(
            @Schema(description = "The NIPs to nominate, one row each (spaces as printed on decrees are dropped).",
                    example = "[\"199003152019032005\", \"198712012010011003\"]")
            List<String> nips,
            @Schema(description = "Training needs whose employees to nominate, one row each.",
                    example = "[\"0b7e2f0c-6a55-4f6e-9d0a-3b1c2d4e5f60\"]")
            List<String> needIds,
            @Schema(description = "A unit (unit id of the master data) whose active employees to nominate.",
                    example = "U-BKPSDM")
            @Size(max = 64) String unitId,
            @Schema(description = "With unitId: only those with an open need for a competency the programme develops.")
            Boolean openNeedsOnly,
            @Schema(description = "Go beyond the approved plan's budget on purpose; recorded once for the request.")
            @Size(max = 500) String overrideReason) {
    }

    /** What happened to one row of a bulk nomination. */
    public enum NominationOutcome { ENROLLED, WAITLISTED, ALREADY_ENROLLED, REJECTED }

    /** Why a row of a bulk nomination was rejected. */
    public enum NominationReason {
        INVALID_NIP, INVALID_NEED_ID, DUPLICATE_IN_BATCH, UNKNOWN_EMPLOYEE, UNKNOWN_NEED, NEED_CLOSED,
        NEED_NOT_FOR_PROGRAM, OVER_BUDGET
    }

    /**
     * One row's result, at its position in the request: {@code enrollmentId} and {@code status} of the place it
     * got or already had; {@code message} says in the caller's language why it was rejected or already placed.
     */
    public record NominationRow(int index, String nip, String needId, NominationOutcome outcome,
                                NominationReason reason, String message, UUID enrollmentId, Enrollment.Status status) {
    }

    /** The answer to a bulk nomination: counts and one result per row, in the order sent. */
    public record NominationResult(UUID sessionId, int received, int enrolled, int waitlisted, int alreadyEnrolled,
                                   int rejected, List<NominationRow> rows) {
        static NominationResult of(UUID sessionId, List<NominationRow> rows) {
            int[] counts = new int[NominationOutcome.values().length];
            rows.forEach(row -> counts[row.outcome().ordinal()]++);
            return new NominationResult(sessionId, rows.size(), counts[NominationOutcome.ENROLLED.ordinal()],
                    counts[NominationOutcome.WAITLISTED.ordinal()], counts[NominationOutcome.ALREADY_ENROLLED.ordinal()],
                    counts[NominationOutcome.REJECTED.ordinal()], rows);
        }
    }
}
