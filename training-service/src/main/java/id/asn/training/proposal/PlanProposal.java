package id.asn.training.proposal;

import id.asn.platform.kit.tenant.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A proposed plan for a draft annual plan, per programme, and when hr-admin adopted it (docs/domain.md §2.9). */
@Entity
@Table(name = "plan_proposal")
public class PlanProposal extends TenantOwned {

    /** Which plan is proposed: the solver's, or the greedy one when the solver did not get past it. */
    public enum Source { SOLVER, GREEDY }

    /** One programme of the proposal. */
    @Embeddable
    public static class Item {
        @Column(name = "program_id", nullable = false)
        public UUID programId;
        @Column(name = "competency_code")
        public String competencyCode;
        @Column(nullable = false)
        public int participants;
        @Column(name = "planned_cost", nullable = false)
        public BigDecimal plannedCost;
    }

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "solver_status", nullable = false)
    public String solverStatus;

    @Column(name = "weighted_gap_closed", nullable = false)
    public BigDecimal weightedGapClosed;

    @Column(name = "greedy_weighted_gap", nullable = false)
    public BigDecimal greedyWeightedGap;

    @Column(name = "planned_cost", nullable = false)
    public BigDecimal plannedCost;

    @Column(name = "adopted_at")
    public Instant adoptedAt;

    @Column(name = "adopted_by")
    public String adoptedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_proposal_item", joinColumns = @JoinColumn(name = "proposal_id"))
    public List<Item> items = new ArrayList<>();
}
