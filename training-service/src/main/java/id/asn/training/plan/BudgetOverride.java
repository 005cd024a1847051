package id.asn.training.plan;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A deliberate step beyond the budget: what, by how much, why and who (created_by). */
@Entity
@Table(name = "budget_override")
public class BudgetOverride extends TenantOwned {

    /** What went beyond the budget. */
    public enum Action { PLAN_ITEM, ENROLLMENT }

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public BigDecimal excess;

    @Column(nullable = false)
    public String reason;
}
