package id.asn.career.talent;

import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NIP;
import static id.asn.career.ApiDocs.NIP_EXAMPLE;
import static id.asn.career.ApiDocs.NOT_FOUND;

import id.asn.career.talent.TalentViews.PlacementView;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One employee's 9-box placement. */
@Path("/api/v1/careers/{nip}/talent-box")
@Tag(name = "Talent 9-box")
public class TalentBoxResource {

    private final TalentService service;

    @Inject
    TalentBoxResource(TalentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read an employee's 9-box placement",
            description = "The box of the year (the latest when omitted) with kinerja, potential, the score, the "
                    + "reason and the recommended follow-up. The employee's own, a supervisor's direct reports', "
                    + "anyone's for hr-admin; 404 otherwise or when not placed.")
    @APIResponse(responseCode = "200", description = "The placement.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "box 8",
            value = TalentReviewResource.PLACEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PlacementView get(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                             @Parameter(description = "The review year; the latest when omitted.", example = "2026")
                             @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return service.placement(NipInput.normalise(nip), year);
    }
}
