package id.asn.appraisal.multirater;

import id.asn.appraisal.multirater.MultiraterViews.GiveInput;
import id.asn.appraisal.multirater.MultiraterViews.OwnInput;
import id.asn.appraisal.multirater.MultiraterViews.Summary;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Behaviour input of peers and subordinates on an appraisal, anonymous to the appraisee. */
@Path("/api/v1/appraisals/{appraisalId}/behaviour-inputs")
@Tag(name = "Behaviour input", description = "Peers and subordinates rate perilaku kerja as rater groups with "
        + "weights and a minimum count; no rater is ever named to the appraisee.")
public class MultiraterResource {

    static final String OWN_EXAMPLE = """
            {"appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "group": "PEER", "rating": "DI_ATAS_EKSPEKTASI",
             "comment": "Selalu membantu saat antrean panjang.", "givenAt": "2026-12-10T04:00:00Z"}""";

    private final MultiraterService service;

    @Inject
    MultiraterResource(MultiraterService service) {
        this.service = service;
    }

    @PUT
    @Idempotent
    @Path("mine")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Give behaviour input", description = """
            A peer (same unit) or a subordinate (reports to the appraisee) rates the appraisee's perilaku kerja
            (docs/domain.md §3.4.1); the group follows from the employee data. Giving it again replaces it until the
            appraisal is finalized. The appraisee and the pejabat penilai give none (403); anyone else gets 404.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "peer", value = "{\"rating\": \"DI_ATAS_EKSPEKTASI\", \"comment\": \"Selalu membantu saat antrean panjang.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "own", value = OWN_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The rating is missing or invalid.")
    @APIResponse(responseCode = "404", description = "No such appraisal of a colleague or supervisor of the caller.")
    @APIResponse(responseCode = "422", description = "The appraisal is finalized.")
    public OwnInput give(@PathParam("appraisalId") UUID appraisalId, @Valid @NotNull GiveInput request) {
        return service.give(appraisalId, request);
    }

    @GET
    @Path("mine")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Read one's own input", description = "A rater sees only their own input; 404 when they gave none.")
    @APIResponse(responseCode = "200", description = "The caller's input.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "own", value = OWN_EXAMPLE)))
    public OwnInput mine(@PathParam("appraisalId") UUID appraisalId) {
        return service.mine(appraisalId);
    }

    @GET
    @Path("summary")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Behaviour input, summarised", description = """
            For the appraisee, the pejabat penilai and hr-admin: each group that reached its minimum
            (`appraisal.rater-groups.*-minimum`, 3 by default) with its count, weight, mean (1 to 3) and
            distribution, and the weighted score with the pejabat penilai's rating. Groups below the minimum,
            comments and names are never shown.""")
    @APIResponse(responseCode = "200", description = "The summary.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "summary", value = """
            {"appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "superiorRating": "SESUAI_EKSPEKTASI",
             "superiorWeight": 50, "groups": [{"group": "PEER", "inputs": 4, "weight": 30, "mean": 2.5,
             "ratings": {"DI_BAWAH_EKSPEKTASI": 0, "SESUAI_EKSPEKTASI": 2, "DI_ATAS_EKSPEKTASI": 2}}],
             "weightedScore": 2.19}""")))
    public Summary summary(@PathParam("appraisalId") UUID appraisalId) {
        return service.summary(appraisalId);
    }
}
