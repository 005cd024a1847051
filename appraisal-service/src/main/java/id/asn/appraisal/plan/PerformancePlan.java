package id.asn.appraisal.plan;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The SKP of one employee in one period and where it stands in draft → agreed → locked (docs/domain.md §3.2). */
@Entity
@Table(name = "performance_plan")
public class PerformancePlan extends TenantOwned {

    /** DRAFT until both sides agree; any edit returns an agreed plan to DRAFT; LOCKED plans are rated. */
    public enum Status { DRAFT, AGREED, LOCKED }

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(nullable = false)
    public String nip;

    @Column(name = "unit_id")
    public String unitId;

    @Column(name = "rater_nip", nullable = false)
    public String raterNip;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    /** {@link PlanContent} as JSON. */
    @Column(nullable = false)
    public String content;

    @Column(name = "employee_agreed_at")
    public Instant employeeAgreedAt;

    @Column(name = "rater_agreed_at")
    public Instant raterAgreedAt;

    @Column(name = "locked_at")
    public Instant lockedAt;
}
