package id.asn.career.award;

import static id.asn.career.ApiDocs.END_OF_PAGE;
import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NIP;
import static id.asn.career.ApiDocs.PAGE_OF;

import id.asn.career.award.AwardViews.AwardView;
import id.asn.career.award.AwardViews.GrantAward;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Awards granted to the agency's employees. */
@Path("/api/v1/awards")
@Tag(name = "Awards", description = "Satyalancana Karya Satya (docs/domain.md §5.6), innovation awards and box-9 "
        + "recognition; each feeds the 9-box track record.")
public class AwardResource {

    private static final String VIEW_EXAMPLE = """
            {"id":"4f2c0a5e-6d7b-4c9e-8f0a-1b2c3d4e5f60","nip":"199003152019032005",
             "awardType":"SATYALANCANA_KARYA_SATYA_X","grantedOn":"2029-08-17","decreeNumber":"Keppres 64/TK/2029",
             "note":"10 tahun"}""";

    private final AwardService service;

    @Inject
    AwardResource(AwardService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Grant an award",
            description = "Records an award and publishes `career.award-granted`. A Satyalancana Karya Satya "
                    + "(X, XX, XXX) needs 10, 20 or 30 years of service on `grantedOn`, counted from the service "
                    + "start with SEDANG and BERAT disciplinary periods left out (configurable), and is granted "
                    + "once. With an `Idempotency-Key`, a retry answers the first result without granting twice.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "X",
            value = "{\"nip\":\"199003152019032005\",\"awardType\":\"SATYALANCANA_KARYA_SATYA_X\","
                    + "\"grantedOn\":\"2029-08-17\",\"decreeNumber\":\"Keppres 64/TK/2029\",\"note\":\"10 tahun\"}")))
    @APIResponse(responseCode = "201", description = "Granted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "award", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also an employee the agency does not know.")
    @APIResponse(responseCode = "409", description = "The Satyalancana step was already granted, or the "
            + "Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "422", description = "The years of service are not reached on `grantedOn`.")
    public Response grant(@Valid @NotNull GrantAward request) {
        return Response.status(Response.Status.CREATED).entity(service.grant(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List awards",
            description = "Awards by grant date: hr-admin the agency's, a supervisor their own and their direct "
                    + "reports', an employee their own.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = PAGE_OF + VIEW_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<AwardView> list(@Parameter(description = NIP) @QueryParam("nip") @ValidNip String nip,
                                @Valid @BeanParam PageRequest page) {
        return service.list(NipInput.normalise(nip), page);
    }
}
