package id.asn.training.plan;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the training plans API. */
public final class PlanViews {

    private PlanViews() {
    }

    /** A new draft plan for a year. */
    public record CreatePlan(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 300) String title,
                             @NotNull @DecimalMin("0") BigDecimal budget) {
    }

    /** A programme for the plan; {@code overrideReason} is needed only to go beyond the budget on purpose. */
    public record AddItem(@NotNull UUID programId, @Min(1) @Max(100000) int plannedParticipants,
                          @Size(max = 60) String competencyCode, @Size(max = 500) String overrideReason) {
    }

    /** A plan with planned and realised cost; {@code realisedCost} counts every seat taken in the year's sessions. */
    public record PlanView(UUID id, int year, String title, TrainingPlan.Status status, BigDecimal budget,
                           BigDecimal plannedCost, BigDecimal realisedCost, BigDecimal remainingBudget,
                           List<ItemView> items, List<OverrideView> overrides, Long version) {
    }

    /** One programme of the plan: planned against realised. */
    public record ItemView(UUID id, UUID programId, String programTitle, String competencyCode,
                           int plannedParticipants, BigDecimal plannedCost, int realisedParticipants,
                           BigDecimal realisedCost) {
    }

    /** A draft plan's year and the budget its items leave (docs/domain.md §2.9). */
    public record DraftBudget(UUID id, int year, BigDecimal budget, BigDecimal plannedCost) {
        public BigDecimal remaining() {
            return budget.subtract(plannedCost);
        }
    }

    /** A recorded step beyond the budget. */
    public record OverrideView(BudgetOverride.Action action, UUID subjectId, BigDecimal excess, String reason,
                               String by, Instant at) {
    }
}
