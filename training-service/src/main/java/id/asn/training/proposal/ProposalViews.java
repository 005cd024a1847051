package id.asn.training.proposal;

import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Request and answer records of the plan proposal API (docs/domain.md §2.9). */
public final class ProposalViews {

    private ProposalViews() {
    }

    /**
     * A proposal for a draft plan. {@code availableJp} is every employee's time for the year unless
     * {@code availability} names theirs; {@code mandatory} assignments are placed first.
     */
    public record ProposalRequest(@NotNull UUID planId,
                                  @DecimalMin("0") @DecimalMax("2000") BigDecimal availableJp,
                                  @Size(max = 100000) List<@Valid @NotNull Availability> availability,
                                  @Size(max = 10000) List<@Valid @NotNull MandatoryAssignment> mandatory,
                                  @Min(1) @Max(3600) Integer timeLimitSeconds) {
    }

    /** One employee's time for development in the plan year, in JP. */
    public record Availability(@NotBlank @ValidNip String nip,
                               @NotNull @DecimalMin("0") @DecimalMax("2000") BigDecimal availableJp) {
        public Availability {
            nip = NipInput.normalise(nip);
        }
    }

    /** A programme an employee must attend (e.g. Latsar for a CPNS). */
    public record MandatoryAssignment(@NotBlank @ValidNip String nip, @NotNull UUID programId) {
        public MandatoryAssignment {
            nip = NipInput.normalise(nip);
        }
    }

    /** Adopt the proposal into its draft plan: all programmes, or only {@code programIds}. */
    public record Adopt(@Size(max = 1000) List<@NotNull UUID> programIds, @Size(max = 500) String overrideReason) {
    }

    /** The proposal beside the greedy baseline, and what goes into the plan per programme. */
    public record ProposalView(UUID id, UUID planId, int year, BigDecimal budget, PlanProposal.Source source,
                               String solverStatus, long solveMillis, List<PhaseView> phases, Side proposal,
                               Side greedy, List<ItemView> items) {
    }

    /** One phase of the solve, in the order the plan is chosen in. */
    public record PhaseView(String goal, String status, long millis) {
    }

    /** What one plan achieves, and each choice with its reason. */
    public record Side(BigDecimal weightedGapClosed, BigDecimal gapClosed, BigDecimal budgetUsed, int participants,
                       int mandatoryPlaced, List<MandatoryAssignment> mandatoryMissed, int employeesUnderMinimum,
                       BigDecimal jpMissing, List<ChoiceView> choices, List<UnderMinimum> underMinimum) {
    }

    /** Why a choice is in the plan. */
    public enum Why { MANDATORY, GAP, JP_MINIMUM }

    /** One employee attending one programme: why, the needs it closes, its JP and cost. */
    public record ChoiceView(String nip, UUID programId, String programTitle, boolean classroom, BigDecimal jp,
                             BigDecimal cost, Why why, List<ClosedView> closes) {
    }

    /** A need closed by a choice: levels closed, the need's weight and sources, and their product. */
    public record ClosedView(String competencyCode, BigDecimal gapClosed, BigDecimal weight, List<String> sources,
                             BigDecimal weightedGap) {
    }

    /** An employee the plan leaves under the yearly minimum, and why. */
    public record UnderMinimum(String nip, BigDecimal earnedJp, BigDecimal plannedJp, BigDecimal shortfall,
                               PlanOutcome.Reason reason) {
    }

    /** One programme of the proposal, as it goes into the plan. */
    public record ItemView(UUID programId, String programTitle, String competencyCode, int participants,
                           BigDecimal plannedCost) {
    }
}
