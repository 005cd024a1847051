package id.asn.appraisal.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What an SKP holds (docs/domain.md §3.2): the work results (RHK) with the leader's RHK each supports, their
 * category, and per aspect an individual indicator (IKI) with its target; and the leader's specific expectation for
 * each of the seven BerAKHLAK values (§3.6). The same shape is sent, stored (as JSON) and shown.
 */
public record PlanContent(@NotNull @Size(min = 1, max = 30) List<@Valid @NotNull WorkResult> workResults,
                          @NotNull @Size(min = 7, max = 7) List<@Valid @NotNull Expectation> expectations) {

    /** RHK utama carry the unit's goals, tambahan are extra work (§3.2). */
    public enum Category { UTAMA, TAMBAHAN }

    /** The aspect an indicator measures (§3.2). */
    public enum Aspect { KUANTITAS, KUALITAS, WAKTU, BIAYA }

    /** The seven BerAKHLAK core values, in their order (§3.6). */
    public enum BehaviourValue {
        BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
    }

    /**
     * One RHK. {@code id} is given by the service when left out and kept across edits when sent back, so that
     * feedback and ratings can cite it; {@code supervisorRhk} is the leader's RHK it supports (intervensi).
     */
    public record WorkResult(@Size(max = 40) String id, @NotNull Category category,
                             @NotBlank @Size(max = 1000) String rhk, @Size(max = 1000) String supervisorRhk,
                             @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Indicator> indicators) {
    }

    /**
     * One individual indicator (IKI) of an RHK with its target; {@code criterionId} names the unit's co-created
     * criterion it takes up (§3.2.1), which must be published before the plan is rated.
     */
    public record Indicator(@Size(max = 40) String id, @NotNull Aspect aspect,
                            @NotBlank @Size(max = 1000) String indicator, @NotBlank @Size(max = 300) String target,
                            UUID criterionId) {
    }

    /** The leader's specific expectation (ekspektasi khusus pimpinan) for one value. */
    public record Expectation(@NotNull BehaviourValue value, @NotBlank @Size(max = 2000) String ekspektasiKhusus) {
    }
}
