package id.asn.training.evaluation;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.evaluation.EvaluationViews.FeedbackView;
import id.asn.training.evaluation.EvaluationViews.GiveFeedback;
import id.asn.training.evaluation.EvaluationViews.Summary;
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

/** Participant evaluation of trainings. */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Reaction scores from participants who attended; learning gain; programme summary.")
public class EvaluationResource {

    private static final String FEEDBACK_EXAMPLE = """
            {"id": "6e7f8091-a2b3-4c4d-95e6-f708192a3b4c", "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f",
             "programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11", "nip": "199003152019032005", "relevance": 5,
             "content": 4, "facilitator": 5, "organisation": 3, "usefulness": 5,
             "comment": "Studi kasus pengaduan sangat membantu.", "givenAt": "2026-03-04T02:15:00Z"}""";

    private final EvaluationService service;

    @Inject
    EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Give feedback on a training",
            description = "A participant rates their own enrolment on five fixed questions (1-5): relevance "
                    + "(fits my work), content (clear, structured), facilitator, organisation (schedule, venue or "
                    + "platform) and usefulness (I will use it), plus a comment. Only someone recorded PRESENT or "
                    + "LATE at a meeting may give feedback (422 otherwise); once per enrolment (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "feedback",
            value = "{\"enrollmentId\": \"2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f\", \"relevance\": 5, \"content\": 4, "
                    + "\"facilitator\": 5, \"organisation\": 3, \"usefulness\": 5, "
                    + "\"comment\": \"Studi kasus pengaduan sangat membantu.\"}")))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "feedback", value = FEEDBACK_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A score is missing or outside 1-5; `errors` names it.")
    @APIResponse(responseCode = "409", description = "Feedback for this enrolment was already given.")
    @APIResponse(responseCode = "422", description = "The participant attended no meeting.")
    public Response give(@Valid @NotNull GiveFeedback request) {
        return Response.status(Response.Status.CREATED).entity(service.give(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List feedback", description = "Employees and supervisors see the feedback they gave; "
            + "hr-admin all of the agency's, optionally for one programme.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + FEEDBACK_EXAMPLE + "], \"page\": 1, "
                    + "\"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<FeedbackView> list(@Parameter(description = "Only this programme.") @QueryParam("programId") UUID programId,
                                   @Valid @BeanParam PageRequest page) {
        return service.list(programId, page);
    }

    @GET
    @Path("programs/{programId}/summary")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Evaluation summary of a programme",
            description = "Average reaction scores per question and overall, participants and completions, and the "
                    + "learning gain (post-test − pre-test, raw and normalized by the room left above the pre-test) "
                    + "over participants with both tests.")
    @APIResponse(responseCode = "200", description = "The summary.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "summary", value = """
            {"programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11", "programTitle": "Pelatihan Pelayanan Publik Prima",
             "responses": 24, "relevance": 4.50, "content": 4.21, "facilitator": 4.63, "organisation": 3.88,
             "usefulness": 4.42, "overall": 4.33, "participants": 30, "completed": 27, "withBothTests": 28,
             "averageGain": 21.40, "averageNormalizedGain": 0.4712}""")))
    public Summary summary(@PathParam("programId") UUID programId) {
        return service.summary(programId);
    }
}
