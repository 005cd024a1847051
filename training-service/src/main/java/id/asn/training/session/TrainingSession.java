package id.asn.training.session;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One offering of a programme: its meetings, its seats and how people get in. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends TenantOwned {

    /** How participants get a place. */
    public enum EnrollmentMode {
        /** Only a supervisor or hr-admin nominates. */
        NOMINATION,
        /** Employees may also ask; their supervisor or hr-admin approves. */
        REQUEST
    }

    /**
     * OPEN takes enrolments and attendance; CLOSED has had completion decided and takes no change; REOPENED was
     * reopened by hr-admin with a reason: attendance and results may be amended until completion is decided again
     * (docs/domain.md §2.6.5).
     */
    public enum Status { OPEN, CLOSED, REOPENED }

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    /** Copied from the programme so that a partner's scope is one indexed condition. */
    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int capacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrollment_mode", nullable = false)
    public EnrollmentMode enrollmentMode;

    @Column(nullable = false)
    public boolean mandatory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** The latest reopening (docs/domain.md §2.6.5); every one is kept in {@code session_reopening}. */
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Column(name = "reopen_reason")
    public String reopenReason;
}
