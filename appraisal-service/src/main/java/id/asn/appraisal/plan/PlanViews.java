package id.asn.appraisal.plan;

import id.asn.appraisal.plan.PlanContent.Expectation;
import id.asn.appraisal.plan.PlanContent.WorkResult;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and answer records of the plans API, and what appraisals need of a plan. */
public final class PlanViews {

    private PlanViews() {
    }

    /**
     * A new plan: the employee's own ({@code nip} left out), or for {@code nip} by their pejabat penilai or hr-admin.
     * {@code raterNip} (hr-admin only) names a pejabat penilai other than the direct supervisor.
     */
    public record CreatePlan(@NotNull UUID periodId, @ValidNip String nip, @ValidNip String raterNip,
                             @NotNull @Valid PlanContent content) {
        public CreatePlan {
            nip = NipInput.normalise(nip);
            raterNip = NipInput.normalise(raterNip);
        }
    }

    /** The whole content again, against the version read. */
    public record EditPlan(@NotNull Long version, @NotNull @Valid PlanContent content) {
    }

    /** An agreement or the lock, against the version read. */
    public record Step(@NotNull Long version) {
    }

    /** What a client sees of a plan. */
    public record PlanView(UUID id, UUID periodId, String nip, String unitId, String raterNip,
                           PerformancePlan.Status status, Instant employeeAgreedAt, Instant raterAgreedAt,
                           Instant lockedAt, List<WorkResult> workResults, List<Expectation> expectations,
                           Long version) {
        static PlanView of(PerformancePlan p, PlanContent content) {
            return new PlanView(p.id, p.periodId, p.nip, p.unitId, p.raterNip, p.status, p.employeeAgreedAt,
                    p.raterAgreedAt, p.lockedAt, content.workResults(), content.expectations(), p.version);
        }
    }

    /** One entry of a plan's history. */
    public record ChangeView(PlanChange.Action action, Instant at, String by, PlanContent content) {
    }

    /**
     * What appraisals need of a plan: whose it is, who rates it, whether it is locked, and the co-created criteria
     * its indicators take up.
     */
    public record PlanTerms(UUID id, UUID periodId, String nip, String unitId, String raterNip,
                            PerformancePlan.Status status, Set<UUID> criterionIds) {
        static PlanTerms of(PerformancePlan p, Set<UUID> criterionIds) {
            return new PlanTerms(p.id, p.periodId, p.nip, p.unitId, p.raterNip, p.status, criterionIds);
        }
    }

    /** What feedback needs of a plan: whose it is, who rates it, its state and the ids of its RHK and indicators. */
    public record PlanItems(UUID id, String nip, String raterNip, PerformancePlan.Status status,
                            Set<String> workResultIds, Set<String> indicatorIds) {
    }
}
