package id.asn.training.plan;

import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Charges changes against the year's approved plan: refused with 422 beyond the budget, unless the caller gives a
 * reason, which is recorded as a {@link BudgetOverride}. Budget override with reason: docs/domain.md §2.1.4.
 */
@ApplicationScoped
public class BudgetGuard {

    private final PlanRepository plans;
    private final BudgetOverrideRepository overrides;
    private final EntityManager em;

    @Inject
    BudgetGuard(PlanRepository plans, BudgetOverrideRepository overrides, EntityManager em) {
        this.plans = plans;
        this.overrides = overrides;
        this.em = em;
    }

    /** A new seat costing {@code cost} in a session of {@code year}; no approved plan means no budget to hold. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chargeSeat(int year, BigDecimal cost, String overrideReason, UUID enrollmentId) {
        Optional<TrainingPlan> plan = approved(year);
        if (plan.isEmpty()) {
            return;
        }
        BigDecimal realised = realised(year).values().stream().map(Realised::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        apply(plan.get(), BudgetCheck.check(plan.get().budget, realised, cost, overrideReason),
                BudgetOverride.Action.ENROLLMENT, enrollmentId, overrideReason, "budget.exceeded-realised");
    }

    /**
     * {@code seats} new seats costing {@code cost} each, charged together for a bulk nomination of one session:
     * answers how many go ahead. Within the budget, or beyond it with a reason (one override recorded, its subject
     * the session), all of them; beyond it without a reason, as many as still fit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int chargeSeats(int year, BigDecimal cost, int seats, String overrideReason, UUID sessionId) {
        Optional<TrainingPlan> plan = seats == 0 ? Optional.empty() : approved(year);
        if (plan.isEmpty()) {
            return seats;
        }
        BigDecimal realised = realised(year).values().stream().map(Realised::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BudgetCheck.Result result = BudgetCheck.check(plan.get().budget, realised,
                cost.multiply(BigDecimal.valueOf(seats)), overrideReason);
        if (result.outcome() == BudgetCheck.Outcome.REFUSED) {
            return BudgetCheck.seatsWithin(plan.get().budget, realised, cost, seats);
        }
        apply(plan.get(), result, BudgetOverride.Action.ENROLLMENT, sessionId, overrideReason, "budget.exceeded-realised");
        return seats;
    }

    void apply(TrainingPlan plan, BudgetCheck.Result result, BudgetOverride.Action action, UUID subject,
               String reason, String refusalKey) {
        switch (result.outcome()) {
            case REFUSED -> throw ProblemException.rule(refusalKey, plan.budget.toPlainString(),
                    result.excess().toPlainString());
            case OVERRIDDEN -> {
                BudgetOverride override = new BudgetOverride();
                override.planId = plan.id;
                override.action = action;
                override.subjectId = subject;
                override.excess = result.excess();
                override.reason = reason.trim();
                overrides.persist(override);
            }
            case WITHIN_BUDGET -> {
            }
        }
    }

    Optional<TrainingPlan> approved(int year) {
        return plans.scoped("year = :year and status = :approved",
                Map.of("year", year, "approved", TrainingPlan.Status.APPROVED)).firstResultOptional();
    }

    /** Participants holding a seat and their cost in sessions starting in {@code year}, per programme. */
    Map<UUID, Realised> realised(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select s.program_id, count(*), sum(p.cost_per_participant)
                        from enrollment e
                        join training_session s on s.id = e.session_id
                        join program p on p.id = s.program_id
                        where e.tenant_id = :tenant and e.status in ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED')
                          and coalesce((select extract(year from min(m.meeting_date)) from meeting m
                                        where m.session_id = s.id), extract(year from s.created_at)) = :year
                        group by s.program_id""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("year", year)
                .getResultList();
        Map<UUID, Realised> result = new java.util.HashMap<>();
        for (Object[] row : rows) {
            result.put((UUID) row[0], new Realised(((Number) row[1]).intValue(), (BigDecimal) row[2]));
        }
        return result;
    }

    /** Seats taken and their cost. */
    record Realised(int participants, BigDecimal cost) {
    }
}
