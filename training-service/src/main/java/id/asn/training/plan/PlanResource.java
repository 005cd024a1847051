package id.asn.training.plan;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.plan.PlanViews.AddItem;
import id.asn.training.plan.PlanViews.CreatePlan;
import id.asn.training.plan.PlanViews.PlanView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

/** The annual training plan and its budget. */
@Path("/api/v1/training-plans")
@Tag(name = "Training plans", description = "Annual plan (draft, approved) with budget: planned against realised.")
@RolesAllowed(Roles.HR_ADMIN)
public class PlanResource {

    private static final String VIEW_EXAMPLE = """
            {"id": "9d2c4b1a-3e5f-4a6b-8c7d-0e1f2a3b4c5d", "year": 2026, "title": "Rencana Pengembangan Kompetensi 2026",
             "status": "APPROVED", "budget": 150000000, "plannedCost": 45000000, "realisedCost": 12000000,
             "remainingBudget": 138000000,
             "items": [{"id": "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
                        "programTitle": "Pelatihan Pelayanan Publik Prima", "competencyCode": "M5",
                        "plannedParticipants": 30, "plannedCost": 45000000, "realisedParticipants": 8,
                        "realisedCost": 12000000}],
             "overrides": [], "version": 1}""";

    private final PlanService service;

    @Inject
    PlanResource(PlanService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Operation(summary = "Draft an annual plan", description = "hr-admin drafts the year's plan with its budget (rupiah).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2026",
            value = "{\"year\": 2026, \"title\": \"Rencana Pengembangan Kompetensi 2026\", \"budget\": 150000000}")))
    @APIResponse(responseCode = "201", description = "Drafted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    public Response create(@Valid @NotNull CreatePlan request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/items")
    @Operation(summary = "Pick a programme for the plan",
            description = "Adds a programme with its planned participants; planned cost = participants × cost per "
                    + "participant. If the planned total would exceed the budget the call is refused with 422, "
                    + "unless `overrideReason` is given: then it is accepted and the override recorded on the plan.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "within budget", value = "{\"programId\": \"0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11\", "
                    + "\"plannedParticipants\": 30, \"competencyCode\": \"M5\"}"),
            @ExampleObject(name = "override", value = "{\"programId\": \"0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11\", "
                    + "\"plannedParticipants\": 120, \"overrideReason\": \"Instruksi Wali Kota 12/2026\"}")}))
    @APIResponse(responseCode = "200", description = "The plan with the new item.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The programme is already in the plan.")
    @APIResponse(responseCode = "422", description = "Over budget without `overrideReason`, or the plan is no longer a draft.")
    public PlanView addItem(@PathParam("id") UUID id, @Valid @NotNull AddItem request) {
        return service.addItem(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/approve")
    @Operation(summary = "Approve a plan", description = "The draft becomes the year's budget; enrolments in "
            + "sessions of that year are then charged against it. One approved plan per year (409).")
    @APIResponse(responseCode = "200", description = "Approved.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The year already has an approved plan.")
    @APIResponse(responseCode = "422", description = "The plan is not a draft.")
    public PlanView approve(@PathParam("id") UUID id) {
        return service.approve(id);
    }

    @GET
    @Operation(summary = "List plans", description = "Newest year first, with planned and realised cost.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<PlanView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a plan", description = "Planned against realised cost per programme and in total, "
            + "and every recorded budget override.")
    @APIResponse(responseCode = "200", description = "The plan.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    public PlanView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
