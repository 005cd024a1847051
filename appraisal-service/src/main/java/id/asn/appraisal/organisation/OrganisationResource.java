package id.asn.appraisal.organisation;

import id.asn.appraisal.organisation.OrganisationViews.RecordResult;
import id.asn.appraisal.organisation.OrganisationViews.ResultView;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The units' capaian kinerja organisasi, recorded by hr-admin (docs/domain.md §3.5). */
@Path("/api/v1/organisation-results")
@Tag(name = "Organisation results", description = "The capaian kinerja organisasi of a unit in a period (ISTIMEWA "
        + "... SANGAT_KURANG): it selects the distribution curve of calibration and gives a unit head's hasil kerja.")
public class OrganisationResource {

    static final String VIEW_EXAMPLE = """
            {"id": "0b6f3c2a-4d5e-4f60-8a1b-2c3d4e5f6a7b", "periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71",
             "unitId": "dpmptsp", "capaian": "BAIK",
             "reason": "IKU perjanjian kinerja 2026 tercapai 96 %, ditetapkan Sekretaris Daerah.",
             "recordedBy": "hr-sawahlunto", "recordedAt": "2027-01-10T02:15:00Z", "version": 0}""";

    private final OrganisationService service;

    @Inject
    OrganisationResource(OrganisationService service) {
        this.service = service;
    }

    @PUT
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Record a unit's capaian kinerja organisasi", description = """
            hr-admin records the result the leader one level up set for the unit in the period, with the reason
            (docs/domain.md §3.5). The first record has no `version`; replacing it sends the current one. Calibration
            compares the unit with the curve this capaian selects; the unit head's hasil kerja follows it (§3.4).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "record",
            value = """
                    {"periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "unitId": "dpmptsp", "capaian": "BAIK",
                     "reason": "IKU perjanjian kinerja 2026 tercapai 96 %, ditetapkan Sekretaris Daerah."}""")))
    @APIResponse(responseCode = "200", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "result", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    @APIResponse(responseCode = "409", description = "The record changed since `version`, or exists and no `version` was sent.")
    public ResultView record(@Valid @NotNull RecordResult request) {
        return service.record(request);
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Read a unit's capaian kinerja organisasi", description = "hr-admin; 404 while none is "
            + "recorded for the unit in the period.")
    @APIResponse(responseCode = "200", description = "The result.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "result", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    @APIResponse(responseCode = "404", description = "None recorded, or no such period in the agency.")
    public ResultView get(@QueryParam("periodId") @NotNull UUID periodId, @QueryParam("unitId") @NotBlank String unitId) {
        return service.get(periodId, unitId);
    }
}
