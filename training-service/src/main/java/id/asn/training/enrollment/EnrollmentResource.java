package id.asn.training.enrollment;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.enrollment.EnrollmentViews.Decision;
import id.asn.training.enrollment.EnrollmentViews.Enroll;
import id.asn.training.enrollment.EnrollmentViews.EnrollmentView;
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

/** Enrolments: nominations, requests and their approval, cancellation, the waitlist. */
@Path("/api/v1/enrollments")
@Tag(name = "Enrollments", description = "Places in sessions: nomination, request with approval, waitlist.")
public class EnrollmentResource {

    private static final String VIEW_EXAMPLE = """
            {"id": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f", "sessionId": "5a0f5c3e-1d7c-4a8f-b0e1-6f4d2c9a8b77",
             "nip": "199003152019032005", "status": "ENROLLED", "origin": "NOMINATION", "preTest": null,
             "postTest": null, "attendanceShare": null, "outcomeReasons": null, "completedOn": null,
             "certificateNumber": null, "version": 1}""";
    private static final String DECISION_EXAMPLE = "{}";

    private final EnrollmentService service;

    @Inject
    EnrollmentResource(EnrollmentService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Nominate or request a place",
            description = "A supervisor nominates a direct report, hr-admin anyone in the agency: the employee gets "
                    + "a seat (ENROLLED, publishes `asn.training.enrolled.v1`) or, when the session is full, a place "
                    + "on its waitlist (WAITLISTED). An employee asks for a place for themself in a session open to "
                    + "requests (REQUESTED, to be approved). A seat in a session of a year with an approved plan is "
                    + "charged against its budget: beyond it, 422 unless `overrideReason` is given (recorded).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "nomination", value = "{\"sessionId\": \"5a0f5c3e-1d7c-4a8f-b0e1-6f4d2c9a8b77\", "
                    + "\"nip\": \"199003152019032005\"}"),
            @ExampleObject(name = "own request", value = "{\"sessionId\": \"5a0f5c3e-1d7c-4a8f-b0e1-6f4d2c9a8b77\"}")}))
    @APIResponse(responseCode = "201", description = "Enrolled, waitlisted or requested.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "enrolled", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The employee already has a place or a pending request.")
    @APIResponse(responseCode = "422", description = "Session closed, nomination-only, unknown employee, or over budget.")
    public Response enroll(@Valid @NotNull Enroll request) {
        return Response.status(Response.Status.CREATED).entity(service.enroll(request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/approve")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Approve a request", description = "The employee's supervisor or hr-admin approves: a seat "
            + "or the waitlist, as for a nomination.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "approve", value = DECISION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Enrolled or waitlisted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "enrolled", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Not a pending request, session closed, or over budget.")
    public EnrollmentView approve(@PathParam("id") UUID id, @Valid Decision decision) {
        return service.approve(id, decision == null ? null : decision.overrideReason());
    }

    @POST
    @Idempotent
    @Path("{id}/reject")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Reject a request", description = "The employee's supervisor or hr-admin declines the request.")
    @APIResponse(responseCode = "200", description = "Rejected.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "rejected", value = "{\"id\": \"2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f\", \"status\": \"REJECTED\"}")))
    @APIResponse(responseCode = "422", description = "Not a pending request.")
    public EnrollmentView reject(@PathParam("id") UUID id) {
        return service.reject(id);
    }

    @POST
    @Idempotent
    @Path("{id}/cancel")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Cancel a place", description = "The employee, their supervisor or hr-admin cancels. A freed "
            + "seat goes to the longest-waiting person on the waitlist.")
    @APIResponse(responseCode = "200", description = "Cancelled.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "cancelled", value = "{\"id\": \"2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f\", \"status\": \"CANCELLED\"}")))
    @APIResponse(responseCode = "422", description = "Already completed, cancelled or rejected.")
    public EnrollmentView cancel(@PathParam("id") UUID id) {
        return service.cancel(id);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE, Roles.TRAINING_PARTNER})
    @Operation(summary = "Read an enrolment", description = "The employee's own, a supervisor's direct reports', "
            + "anyone's for hr-admin, a partner's own sessions'; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The enrolment.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "enrolment", value = VIEW_EXAMPLE)))
    public EnrollmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE, Roles.TRAINING_PARTNER})
    @Operation(summary = "List enrolments", description = "Filtered by session, NIP and status. Employees see their "
            + "own, supervisors also their direct reports', hr-admin everyone's; a partner must name one of its "
            + "own sessions (the roster).")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter.")
    public Page<EnrollmentView> list(@Parameter(description = "Only this session (required for partners).")
                                     @QueryParam("sessionId") UUID sessionId,
                                     @Parameter(description = "Only this employee.") @QueryParam("nip") @ValidNip String nip,
                                     @Parameter(description = "Only this status.") @QueryParam("status")
                                     Enrollment.Status status, @Valid @BeanParam PageRequest page) {
        return service.list(sessionId, NipInput.normalise(nip), status, page);
    }
}
