package id.asn.training.need;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.need.NeedViews.Answer;
import id.asn.training.need.NeedViews.NeedView;
import id.asn.training.need.NeedViews.OpenSurvey;
import id.asn.training.need.NeedViews.SurveyView;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Needs surveys: opened and closed by the agency, answered by employees and supervisors. */
@Path("/api/v1/needs-surveys")
@Tag(name = "Needs surveys", description = "Training needs as employees and supervisors see them.")
public class SurveyResource {

    private static final String SURVEY_EXAMPLE = """
            {"id": "4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920", "title": "Survei Kebutuhan Pelatihan 2027", "year": 2027,
             "status": "OPEN", "closedAt": null}""";

    private final NeedService service;

    @Inject
    SurveyResource(NeedService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Open a needs survey", description = "hr-admin opens a survey; it takes answers until closed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "2027",
            value = "{\"title\": \"Survei Kebutuhan Pelatihan 2027\", \"year\": 2027}")))
    @APIResponse(responseCode = "201", description = "Open.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "survey", value = SURVEY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    public Response open(@Valid @NotNull OpenSurvey request) {
        return Response.status(Response.Status.CREATED).entity(service.openSurvey(request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/close")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Close a needs survey", description = "No more answers are taken.")
    @APIResponse(responseCode = "200", description = "Closed.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "closed", value = "{\"id\": \"4c5d6e7f-8091-4a2b-b3c4-d5e6f7081920\", "
                    + "\"title\": \"Survei Kebutuhan Pelatihan 2027\", \"year\": 2027, \"status\": \"CLOSED\", "
                    + "\"closedAt\": \"2026-12-01T03:00:00Z\"}")))
    @APIResponse(responseCode = "422", description = "Already closed.")
    public SurveyView close(@PathParam("id") UUID id) {
        return service.closeSurvey(id);
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "List needs surveys", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + SURVEY_EXAMPLE + "], \"page\": 1, "
                    + "\"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<SurveyView> list(@Valid @BeanParam PageRequest page) {
        return service.surveys(page);
    }

    @POST
    @Idempotent
    @Path("{id}/responses")
    @RolesAllowed({Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Answer a needs survey",
            description = "An employee names the competencies they need to develop; a supervisor may answer for a "
                    + "direct report (`nip`). Each item becomes a training need (source SURVEY); answering again "
                    + "replaces the earlier answer for the same competency. 422 when the survey is closed; 404 for "
                    + "someone who is not a direct report.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "own answer",
            value = "{\"items\": [{\"competencyCode\": \"M3\", \"competencyName\": \"Komunikasi\", \"priority\": 1, "
                    + "\"note\": \"Presentasi kepada pimpinan\"}]}")))
    @APIResponse(responseCode = "200", description = "The needs recorded.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "needs", value = "[{\"id\": \"5d6e7f80-91a2-4b3c-84d5-e6f708192a3b\", "
                    + "\"nip\": \"199003152019032005\", \"unitId\": \"u-dukcapil\", \"competencyCode\": \"M3\", "
                    + "\"competencyName\": \"Komunikasi\", \"source\": \"SURVEY\", \"gap\": null, \"priority\": 1, "
                    + "\"note\": \"Presentasi kepada pimpinan\", \"status\": \"OPEN\", \"year\": 2027}]")))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "422", description = "The survey is closed.")
    public List<NeedView> answer(@PathParam("id") UUID id, @Valid @NotNull Answer answer) {
        return service.answer(id, answer);
    }
}
