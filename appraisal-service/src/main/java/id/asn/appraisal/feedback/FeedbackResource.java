package id.asn.appraisal.feedback;

import id.asn.appraisal.feedback.FeedbackViews.FeedbackView;
import id.asn.appraisal.feedback.FeedbackViews.RecordFeedback;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Continuous feedback on a plan during the period. */
@Path("/api/v1/performance-plans/{planId}/feedback")
@Tag(name = "Continuous feedback", description = "Umpan balik berkelanjutan: dated entries per RHK and per "
        + "BerAKHLAK value, with evidence and realisation, from the employee and the pejabat penilai.")
public class FeedbackResource {

    static final String RECORD_EXAMPLE = """
            {"workResultId": "3e1f0a2b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
             "indicatorId": "8a9b0c1d-2e3f-4a5b-8c7d-8e9f0a1b2c3d",
             "text": "Triwulan I: 310 izin terbit, rata-rata 2,8 hari kerja.", "realisation": "310 izin",
             "evidence": "https://oss.example.go.id/laporan/2026-03"}""";
    static final String VIEW_EXAMPLE = """
            {"id": "4b5c6d7e-8f90-4a1b-9c2d-3e4f5a6b7c8d", "planId": "7d3b1c9e-2a4f-4e6b-8c0d-1f2e3a4b5c6d",
             "authorNip": "199003152019032005", "authorSide": "EMPLOYEE",
             "workResultId": "3e1f0a2b-6c7d-4e8f-9a0b-1c2d3e4f5a6b",
             "indicatorId": "8a9b0c1d-2e3f-4a5b-8c7d-8e9f0a1b2c3d", "behaviourValue": null,
             "text": "Triwulan I: 310 izin terbit, rata-rata 2,8 hari kerja.", "realisation": "310 izin",
             "evidence": "https://oss.example.go.id/laporan/2026-03", "recordedAt": "2026-04-02T03:15:00Z"}""";

    private final FeedbackService service;

    @Inject
    FeedbackResource(FeedbackService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Record feedback or evidence", description = """
            The appraisee records evidence and realisation, the pejabat penilai gives feedback (docs/domain.md §3.8),
            on one RHK (`workResultId`, optionally one of its indicators) or one BerAKHLAK value (`behaviourValue`),
            of a plan that is agreed or locked. Entries are dated by the service and never edited.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "evidence", value = RECORD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "entry", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "No target, two targets, or an RHK or indicator not in the plan; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such plan of the caller.")
    @APIResponse(responseCode = "422", description = "The plan is still a draft.")
    public Response record(@PathParam("planId") UUID planId, @Valid @NotNull RecordFeedback request) {
        return Response.status(Response.Status.CREATED).entity(service.record(planId, request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read a plan's feedback", description = "Every entry of the plan, newest first, paged: the "
            + "appraisee, the pejabat penilai and hr-admin.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<FeedbackView> list(@PathParam("planId") UUID planId, @Valid @BeanParam PageRequest page) {
        return service.list(planId, page);
    }
}
