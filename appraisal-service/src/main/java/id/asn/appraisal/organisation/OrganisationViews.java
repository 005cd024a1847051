package id.asn.appraisal.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Request and answer records of the organisation results API. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    /** The capaian of a unit in a period; {@code version} is absent for the first record, the row's version after. */
    public record RecordResult(@NotNull UUID periodId, @NotBlank @Size(max = 64) String unitId,
                               @NotNull Capaian capaian, @NotBlank @Size(max = 4000) String reason, Long version) {
    }

    /** A unit's recorded capaian, who recorded it and when. */
    public record ResultView(UUID id, UUID periodId, String unitId, Capaian capaian, String reason,
                             String recordedBy, Instant recordedAt, Long version) {
        static ResultView of(OrganisationResult r) {
            return new ResultView(r.id, r.periodId, r.unitId, r.capaian, r.reason, r.updatedBy, r.updatedAt,
                    r.version);
        }
    }
}
