package id.asn.career.promotion;

import static id.asn.career.ApiDocs.END_OF_PAGE;
import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NIP;
import static id.asn.career.ApiDocs.NOT_FOUND;
import static id.asn.career.ApiDocs.PAGE_OF;

import id.asn.career.promotion.PromotionViews.ProposalView;
import id.asn.career.promotion.PromotionViews.Propose;
import id.asn.career.promotion.PromotionViews.Review;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Promotion proposals: proposal, verification, decision. */
@Path("/api/v1/promotions")
@Tag(name = "Promotions", description = "Rank promotions proposed, verified and decided by different officers, "
        + "each step audited; an approved one publishes `career.promoted` (docs/domain.md §5.2).")
public class PromotionResource {

    private static final String VIEW_EXAMPLE = """
            {"id":"6b4e2c7a-8f9d-4e1a-9b2c-3d4e5f6a7b80","nip":"199003152019032005","promotionType":"REGULER",
             "fromRank":"III/a","toRank":"III/b","effectiveOn":"2027-04-01","status":"APPROVED",
             "proposedBy":"hr-1","verifiedBy":"hr-2","decidedBy":"hr-3","decreeNumber":"823.3/112/BKPSDM/2027"}""";
    private static final String REVIEW = "{\"approved\":true,\"note\":\"Berkas lengkap\"}";

    private final PromotionService service;

    @Inject
    PromotionResource(PromotionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Propose a promotion",
            description = "Proposes the next rank above the current one, taking effect on `effectiveOn`. A REGULER "
                    + "promotion must meet every KP reguler condition on that date (422 lists the unmet ones). One "
                    + "open proposal per employee. With an `Idempotency-Key`, a retry answers the first result.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reguler",
            value = "{\"nip\":\"199003152019032005\",\"promotionType\":\"REGULER\",\"effectiveOn\":\"2027-04-01\","
                    + "\"reason\":\"Periode April 2027\"}")))
    @APIResponse(responseCode = "201", description = "Proposed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also an employee the agency does not know.")
    @APIResponse(responseCode = "409", description = "An open proposal exists, or the Idempotency-Key was used with "
            + "another body.")
    @APIResponse(responseCode = "422", description = "Not eligible, a PPPK, or no rank above.")
    public Response propose(@Valid @NotNull Propose request) {
        return Response.status(Response.Status.CREATED).entity(service.propose(request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/verification")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Verify a proposal",
            description = "A second officer (not the proposer) verifies the file or rejects the proposal.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "verified", value = REVIEW)))
    @APIResponse(responseCode = "200", description = "Verified or rejected.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "Not PROPOSED, or the caller proposed it.")
    public ProposalView verify(@Parameter(description = "The proposal's id.") @PathParam("id") UUID id,
                               @Valid @NotNull Review review) {
        return service.verify(id, review);
    }

    @POST
    @Idempotent
    @Path("{id}/decision")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Decide a proposal",
            description = "A third officer (not the verifier) approves with the decree number, which records the "
                    + "new rank with its TMT and publishes `career.promoted`, or rejects. A REGULER promotion is "
                    + "checked again on its TMT.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "approved",
            value = "{\"approved\":true,\"decreeNumber\":\"823.3/112/BKPSDM/2027\"}")))
    @APIResponse(responseCode = "200", description = "Decided.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also an approval without a decree number.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "Not VERIFIED, the caller verified it, or no longer eligible.")
    public ProposalView decide(@Parameter(description = "The proposal's id.") @PathParam("id") UUID id,
                               @Valid @NotNull Review review) {
        return service.decide(id, review);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read a proposal", description = "Visible like the employee's career record.")
    @APIResponse(responseCode = "200", description = "The proposal.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ProposalView get(@Parameter(description = "The proposal's id.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "List proposals", description = "The agency's proposals, oldest first.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = PAGE_OF + VIEW_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<ProposalView> list(@Parameter(description = NIP) @QueryParam("nip") @ValidNip String nip,
                                   @Parameter(description = "Only this status.") @QueryParam("status")
                                   PromotionProposal.Status status,
                                   @Valid @BeanParam PageRequest page) {
        return service.list(NipInput.normalise(nip), status, page);
    }
}
