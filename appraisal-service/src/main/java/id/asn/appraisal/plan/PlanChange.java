package id.asn.appraisal.plan;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/** One change of a plan before it was locked: who ({@code createdBy}), when ({@code createdAt}) and what. */
@Entity
@Table(name = "plan_change")
public class PlanChange extends TenantOwned {

    /** What happened to the plan. */
    public enum Action { CREATED, EDITED, AGREED_BY_EMPLOYEE, AGREED_BY_RATER, LOCKED }

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    /** The plan's content after the change, as JSON. */
    @Column(nullable = false)
    public String content;
}
