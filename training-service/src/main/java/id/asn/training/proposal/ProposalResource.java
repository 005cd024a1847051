package id.asn.training.proposal;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.training.plan.PlanViews.PlanView;
import id.asn.training.proposal.ProposalViews.Adopt;
import id.asn.training.proposal.ProposalViews.ProposalRequest;
import id.asn.training.proposal.ProposalViews.ProposalView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The budget-optimal plan proposal beside the greedy baseline, and its adoption into the draft plan. */
@Path("/api/v1/plan-proposals")
@Tag(name = "Plan proposals", description = "The plan that closes the most weighted competency gap within the budget, "
        + "the employees' time, programme capacity and the 20 JP minimum, beside a greedy baseline (docs/domain.md §2.9).")
@RolesAllowed(Roles.HR_ADMIN)
public class ProposalResource {

    private static final String SIDE = """
            {"weightedGapClosed": 2.000, "gapClosed": 2.00, "budgetUsed": 10000000, "participants": 2,
             "mandatoryPlaced": 0, "mandatoryMissed": [], "employeesUnderMinimum": 1, "jpMissing": 10.00,
             "choices": [{"nip": "199003152019032005", "programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
                          "programTitle": "Pelatihan Pelayanan Publik Prima", "classroom": true, "jp": 20.00,
                          "cost": 5000000, "why": "GAP",
                          "closes": [{"competencyCode": "M5", "gapClosed": 1.00, "weight": 1.5,
                                      "sources": ["GAP", "SURVEY"], "weightedGap": 1.500}]}],
             "underMinimum": [{"nip": "198807212015031002", "earnedJp": 0.00, "plannedJp": 10.00,
                               "shortfall": 10.00, "reason": "BUDGET"}]}""";

    private static final String VIEW_EXAMPLE = """
            {"id": "6f1e2d3c-4b5a-4697-8a1b-2c3d4e5f6a7b", "planId": "9d2c4b1a-3e5f-4a6b-8c7d-0e1f2a3b4c5d",
             "year": 2027, "budget": 10000000, "source": "SOLVER", "solverStatus": "OPTIMAL", "solveMillis": 412,
             "phases": [{"goal": "weighted gap closed", "status": "OPTIMAL", "millis": 230},
                        {"goal": "JP missing to the minimum", "status": "OPTIMAL", "millis": 120},
                        {"goal": "cost", "status": "OPTIMAL", "millis": 62}],
             "proposal": """ + SIDE + ", \"greedy\": " + SIDE + """
            ,
             "items": [{"programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
                        "programTitle": "Pelatihan Pelayanan Publik Prima", "competencyCode": "M5",
                        "participants": 2, "plannedCost": 10000000}]}""";

    private final ProposalService service;

    @Inject
    ProposalResource(ProposalService service) {
        this.service = service;
    }

    @POST
    // the solver may run for up to max-time-limit (120 s) after the agency's needs and people are read: the
    // transaction, which begins with the key's claim, must outlast both (the default is 60 s)
    @Idempotent(transactionTimeout = 300)
    @Operation(summary = "Propose the budget-optimal plan",
            description = "For a draft plan: from the agency's open needs, its programmes with fixed JP, the budget "
                    + "the plan's items leave, each employee's time (`availableJp`, or per employee in "
                    + "`availability`) and the yearly JP minimum, the plan that places the `mandatory` assignments "
                    + "first, then closes the most weighted gap, then brings the most employees to the minimum, "
                    + "then costs least; solved by CP-SAT within `timeLimitSeconds` (best plan found when it "
                    + "runs out) and shown beside the greedy baseline, with the reason for each choice and who "
                    + "stays under the minimum and why. Nothing is added to the plan until it is adopted.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2027",
            value = """
                    {"planId": "9d2c4b1a-3e5f-4a6b-8c7d-0e1f2a3b4c5d", "availableJp": 40,
                     "availability": [{"nip": "198807212015031002", "availableJp": 10}],
                     "mandatory": [{"nip": "200101012025011001", "programId": "3c4d5e6f-7081-4a92-b3c4-d5e6f7081a92"}],
                     "timeLimitSeconds": 20}""")))
    @APIResponse(responseCode = "201", description = "The proposal, stored for adoption.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "proposal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (an unknown employee or "
            + "programme, a time limit beyond the configured maximum); `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such plan in this agency.")
    @APIResponse(responseCode = "422", description = "The plan is no longer a draft.")
    public Response propose(@Valid @NotNull ProposalRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.propose(request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/adopt")
    @Operation(summary = "Adopt a proposal into its plan",
            description = "Adds the proposal's programmes, all or those in `programIds`, to its draft plan as plan "
                    + "items, exactly as `POST /api/v1/training-plans/{id}/items` would (the budget rule applies; "
                    + "`overrideReason` to go beyond it on purpose). The plan is then changed and approved as usual. "
                    + "A proposal is adopted once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "all", value = "{}"),
            @ExampleObject(name = "subset", value = "{\"programIds\": [\"0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11\"]}")}))
    @APIResponse(responseCode = "200", description = "The plan with the adopted items.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = """
            {"id": "9d2c4b1a-3e5f-4a6b-8c7d-0e1f2a3b4c5d", "year": 2027, "title": "Rencana Pengembangan Kompetensi 2027",
             "status": "DRAFT", "budget": 10000000, "plannedCost": 10000000, "realisedCost": 0,
             "remainingBudget": 10000000,
             "items": [{"id": "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
                        "programTitle": "Pelatihan Pelayanan Publik Prima", "competencyCode": "M5",
                        "plannedParticipants": 2, "plannedCost": 10000000, "realisedParticipants": 0,
                        "realisedCost": 0}],
             "overrides": [], "version": 1}""")))
    @APIResponse(responseCode = "400", description = "A programme named is not in the proposal; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such proposal in this agency.")
    @APIResponse(responseCode = "409", description = "Already adopted, or a programme is already in the plan.")
    @APIResponse(responseCode = "422", description = "Over budget without `overrideReason`, or the plan is no longer a draft.")
    public PlanView adopt(@PathParam("id") UUID id, @Valid @NotNull Adopt request) {
        return service.adopt(id, request);
    }
}
