package id.asn.training.program;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.program.ProgramViews.CreateProgram;
import id.asn.training.program.ProgramViews.MarkRaterTraining;
import id.asn.training.program.ProgramViews.ProgramView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Training programmes of the agency. */
@Path("/api/v1/programs")
@Tag(name = "Programs", description = "What is taught, to which competency level, by whom, for how many JP.")
public class ProgramResource {

    static final String CREATE_EXAMPLE = """
            {"title": "Pelatihan Pelayanan Publik Prima", "description": "Standar pelayanan dan pengaduan.",
             "developmentPath": "PELATIHAN_KLASIKAL", "form": "PELATIHAN_TEKNIS", "siasnTypeCode": 3,
             "institutionId": "6f1c2a9e-0d1b-4c55-9a51-1b2f3e4d5a60", "costPerParticipant": 1500000,
             "postTestRequired": true, "passMark": 70, "attendanceShare": 0.8,
             "competencies": [{"competencyCode": "M5", "targetLevel": 3}], "raterTraining": false}""";
    static final String VIEW_EXAMPLE = """
            {"id": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11", "title": "Pelatihan Pelayanan Publik Prima",
             "description": "Standar pelayanan dan pengaduan.", "developmentPath": "PELATIHAN_KLASIKAL",
             "form": "PELATIHAN_TEKNIS", "siasnTypeCode": 3, "jp": null, "costPerParticipant": 1500000,
             "postTestRequired": true, "passMark": 70, "attendanceShare": 0.8,
             "institutionId": "6f1c2a9e-0d1b-4c55-9a51-1b2f3e4d5a60",
             "institutionName": "BPSDM Provinsi Sumatera Selatan",
             "competencies": [{"competencyCode": "M5", "targetLevel": 3}], "raterTraining": false}""";

    private final ProgramService service;

    @Inject
    ProgramResource(ProgramService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Define a programme",
            description = "hr-admin defines a programme run by one of the agency's institutions. `form` must belong "
                    + "to `developmentPath` (docs/domain.md §2.2). `attendanceShare` defaults to the configured 0.80. "
                    + "`passMark` is required when `postTestRequired`. `raterTraining` marks a rater training "
                    + "(docs/domain.md §3.4.2): its completions tell appraisal-service the rater is trained.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "technical", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Defined.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "program", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    public Response create(@Valid @NotNull CreateProgram request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @PUT
    @Idempotent
    @Path("{id}/rater-training")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Mark a programme as rater training",
            description = "hr-admin marks (or unmarks) a programme as rater training: fair rating and constructive "
                    + "feedback (docs/domain.md §3.4.2). Completions decided from then on carry `raterTraining` in "
                    + "`asn.training.completed.v1`, from which appraisal-service knows the pejabat penilai is trained.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "mark", value = "{\"raterTraining\": true}")))
    @APIResponse(responseCode = "200", description = "The programme as marked.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "program",
            value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`raterTraining` is missing; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such programme in the agency.")
    public ProgramView markRaterTraining(@PathParam("id") UUID id, @Valid @NotNull MarkRaterTraining request) {
        return service.markRaterTraining(id, request.raterTraining());
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE, Roles.TRAINING_PARTNER})
    @Operation(summary = "List programmes", description = "The agency's programmes by title, paged. A partner sees only its own.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<ProgramView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE, Roles.TRAINING_PARTNER})
    @Operation(summary = "Read one programme", description = "404 for another agency's or (for a partner) another institution's programme.")
    @APIResponse(responseCode = "200", description = "The programme.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "program", value = VIEW_EXAMPLE)))
    public ProgramView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
