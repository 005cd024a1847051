package id.asn.career.eligibility;

import static id.asn.career.ApiDocs.END_OF_PAGE;
import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.PAGE_OF;

import id.asn.career.eligibility.EligibilityViews.EligibleEmployee;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's employees eligible for regular promotion on a date. */
@Path("/api/v1/promotions/eligible")
@Tag(name = "Promotion eligibility")
public class EligibleListResource {

    private final EligibilityService service;

    @Inject
    EligibleListResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "List employees eligible for regular promotion",
            description = "The agency's active employees who meet every KP reguler condition on `on` (a TMT), by "
                    + "NIP, with the rank they would reach. hr-admin only.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "eligible", value = PAGE_OF + """
            {"nip":"199003152019032005","name":"Rina Marlina","currentRank":"III/b","currentRankTmt":"2022-04-01",
             "nextRank":"III/c"}""" + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<EligibleEmployee> list(@Parameter(description = "The TMT.", example = "2027-04-01", required = true)
                                       @QueryParam("on") @NotNull LocalDate on, @Valid @BeanParam PageRequest page) {
        return service.eligibleOn(on, page);
    }
}
