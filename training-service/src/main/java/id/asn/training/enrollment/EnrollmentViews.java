package id.asn.training.enrollment;

import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
                                    List<String> shortfalls, LocalDate completedOn, String certificateNumber) {
    }

    /** What completion and evaluation need of one participant. */
    public record Participant(UUID enrollmentId, UUID sessionId, String nip, BigDecimal postTest) {
        static Participant of(Enrollment e) {
            return new Participant(e.id, e.sessionId, e.nip, e.postTest);
        }
    }
}
