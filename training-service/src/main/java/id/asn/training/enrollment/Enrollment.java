package id.asn.training.enrollment;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One employee's place (or wish for a place) in one session, and how it ended. */
@Entity
@Table(name = "enrollment")
public class Enrollment extends TenantOwned {

    /** The life of an enrolment. */
    public enum Status {
        REQUESTED, ENROLLED, WAITLISTED, REJECTED, CANCELLED, COMPLETED, NOT_COMPLETED;

        /** Holds a seat (and costs the budget). */
        public boolean holdsSeat() {
            return this == ENROLLED || this == COMPLETED || this == NOT_COMPLETED;
        }
    }

    /** Who started it. */
    public enum Origin { NOMINATION, REQUEST }

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    @Column(nullable = false)
    public String nip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "pre_test")
    public BigDecimal preTest;

    @Column(name = "post_test")
    public BigDecimal postTest;

    @Column(name = "attendance_share")
    public BigDecimal attendanceShare;

    /** Why it did not complete, space separated {@code CompletionRule.Shortfall} names. */
    @Column(name = "outcome_reasons")
    public String outcomeReasons;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "certificate_number")
    public String certificateNumber;

    /** Completion events published for this enrolment: 1 after completed.v1, then one more per correction. */
    @Column(name = "completion_revision", nullable = false)
    public int completionRevision;
}
