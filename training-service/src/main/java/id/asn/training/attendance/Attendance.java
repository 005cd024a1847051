package id.asn.training.attendance;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One participant at one meeting, as the partner reported it. Created in bulk by {@link AttendanceBatch}; changed
 * only by an amendment or a void, each with a reason in the audit trail.
 */
@Entity
@Table(name = "attendance")
public class Attendance extends TenantOwned {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "enrollment_id", nullable = false)
    public UUID enrollmentId;

    @Column(nullable = false)
    public String nip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    @Column(name = "check_in_at")
    public OffsetDateTime checkInAt;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    /** The reason of the latest amendment or void; null while the row is as first reported. */
    public String reason;
}
