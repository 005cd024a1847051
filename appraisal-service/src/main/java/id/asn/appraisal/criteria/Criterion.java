package id.asn.appraisal.criteria;

import id.asn.appraisal.plan.PlanContent.Aspect;
import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An indicator proposed for a unit's plans of a period (docs/domain.md §3.2.1): PROPOSED by an employee of the unit,
 * ACCEPTED (possibly edited) or DECLINED with a reason by the unit's pejabat penilai, and published before the
 * period starts.
 */
@Entity
@Table(name = "criterion")
public class Criterion extends TenantOwned {

    /** Where the proposal stands. */
    public enum Status { PROPOSED, ACCEPTED, DECLINED }

    @Column(name = "period_id", nullable = false)
    public UUID periodId;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aspect aspect;

    @Column(nullable = false)
    public String indicator;

    public String target;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    /** Whether the pejabat penilai changed the wording or target when accepting. */
    @Column(nullable = false)
    public boolean edited;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "published_at")
    public Instant publishedAt;
}
