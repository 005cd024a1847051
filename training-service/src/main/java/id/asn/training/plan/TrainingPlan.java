package id.asn.training.plan;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The agency's annual training plan and its budget (docs/domain.md §2.5 step 3). */
@Entity
@Table(name = "training_plan")
public class TrainingPlan extends TenantOwned {

    /** A draft is edited; an approved plan is the year's budget that enrolments are charged against. */
    public enum Status { DRAFT, APPROVED }

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approved_by")
    public String approvedBy;
}
