package id.asn.competency.profile;

import static id.asn.competency.ApiDocs.END_OF_PAGE;
import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.PAGE_OF;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.profile.ProfileViews.Candidate;
import id.asn.competency.profile.ProfileViews.CandidatePage;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Job fit: people of the agency ranked against a position's standard, for promotion and recruitment. */
@Path("/api/v1/positions/{id}/job-fit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles and gaps")
public class JobFitResource {

    private static final String EXAMPLE = PAGE_OF + """
            {"nip":"198609262015051001","name":"Budi Santoso",
             "currentPositionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809","jpm":92.59,"jpmCategory":"OPTIMAL",
             "competenciesShort":3,"totalGap":2.00,"competenciesAssessed":9}"""
            + END_OF_PAGE;

    private final JobFitService service;

    @Inject
    JobFitResource(JobFitService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Rank candidates for a position",
            description = "Ranks the agency's active employees (or only the `nip` candidates given) against the "
                    + "standard of the position in force today: highest JPM first, then the smallest total gap. "
                    + "Never-assessed competencies count as 0, as in the profile.")
    @APIResponse(responseCode = "200", description = "One page of candidates.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidatePage.class),
            examples = @ExampleObject(name = "ranked", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Also when the position has no standard in force.")
    @APIResponse(responseCode = "422", description = "More than 1,000 candidates listed.")
    public Page<Candidate> rank(@PathParam("id") UUID positionId,
                                @QueryParam("nip") @Parameter(description = "Candidate NIPs (repeat the parameter); "
                                        + "absent: every active employee of the agency.") List<String> nips,
                                @Valid @BeanParam PageRequest page) {
        return service.rank(positionId, nips, page);
    }
}
