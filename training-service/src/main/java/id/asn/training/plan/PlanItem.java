package id.asn.training.plan;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A programme chosen by the plan, for how many participants, at what planned cost. */
@Entity
@Table(name = "training_plan_item")
public class PlanItem extends TenantOwned {

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "program_id", nullable = false)
    public UUID programId;

    /** The need the item answers, if it was picked for one. */
    @Column(name = "competency_code")
    public String competencyCode;

    @Column(name = "planned_participants", nullable = false)
    public int plannedParticipants;

    @Column(name = "planned_cost", nullable = false)
    public BigDecimal plannedCost;
}
