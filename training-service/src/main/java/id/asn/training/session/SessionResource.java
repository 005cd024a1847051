package id.asn.training.session;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.session.SessionViews.CreateSession;
import id.asn.training.session.SessionViews.NewMeeting;
import id.asn.training.session.SessionViews.Reopen;
import id.asn.training.session.SessionViews.SessionView;
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

/** Sessions of programmes and their meetings. */
@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "Offerings of a programme: meetings, seats, waitlist, how people get in.")
public class SessionResource {

    private static final String MEETING_EXAMPLE = """
            {"date": "2026-03-02", "start": "08:00", "end": "15:30", "mode": "IN_PERSON",
             "location": "Aula BKPSDM Kota Palembang"}""";
    private static final String CREATE_EXAMPLE = """
            {"programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11", "name": "Angkatan I 2026", "capacity": 30,
             "enrollmentMode": "REQUEST", "mandatory": false,
             "meetings": [""" + MEETING_EXAMPLE + """
            , {"date": "2026-03-03", "start": "08:00", "end": "12:30", "mode": "ONLINE",
               "link": "https://zoom.us/j/91234567890"}]}""";
    private static final String VIEW_EXAMPLE = """
            {"id": "5a0f5c3e-1d7c-4a8f-b0e1-6f4d2c9a8b77", "programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
             "programTitle": "Pelatihan Pelayanan Publik Prima", "institutionId": "6f1c2a9e-0d1b-4c55-9a51-1b2f3e4d5a60",
             "name": "Angkatan I 2026", "capacity": 30, "enrolled": 28, "waitlisted": 3, "enrollmentMode": "REQUEST",
             "mandatory": false, "status": "OPEN", "startDate": "2026-03-02", "endDate": "2026-03-03",
             "minutes": 720, "jp": 16,
             "meetings": [{"id": "c7d3e9f1-2b4a-4c6d-8e0f-1a2b3c4d5e6f", "date": "2026-03-02", "start": "08:00:00",
                           "end": "15:30:00", "mode": "IN_PERSON", "location": "Aula BKPSDM Kota Palembang",
                           "link": null}],
             "reopened": null}""";

    private final SessionService service;

    @Inject
    SessionResource(SessionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Schedule a session",
            description = "hr-admin schedules a session of a programme with its meetings. The session's JP is the "
                    + "programme's fixed JP or, when the programme has none, the meetings' total minutes divided by "
                    + "the configured minutes per JP (45), rounded down.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "two meetings", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Scheduled.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "session", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    public Response create(@Valid @NotNull CreateSession request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/reopen")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Reopen a closed session",
            description = "Once completion was decided the session is CLOSED: nobody amends its attendance or "
                    + "results (409). hr-admin reopens it with a `reason`, kept with who and when (the latest shown "
                    + "as `reopened` on the session): it becomes REOPENED, the partner may amend attendance and "
                    + "scores, and deciding completion again re-decides every participant, revoking or reissuing "
                    + "certificates, correcting the JP ledger and publishing `asn.training.completion-corrected.v1` "
                    + "for each completion that changed (docs/domain.md §2.6.5). Enrolment stays closed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "reason",
            value = "{\"reason\": \"Daftar hadir manual pertemuan 3 baru diterima dari penyelenggara\"}")))
    @APIResponse(responseCode = "200", description = "Reopened.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "session", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The reason is missing or longer than 500 characters.")
    @APIResponse(responseCode = "404", description = "No such session in this agency.")
    @APIResponse(responseCode = "422", description = "The session is not closed.")
    public SessionView reopen(@PathParam("id") UUID id, @Valid @NotNull Reopen request) {
        return service.reopen(id, request.reason());
    }

    @POST
    @Idempotent
    @Path("{id}/meetings")
    @RolesAllowed({Roles.HR_ADMIN, Roles.TRAINING_PARTNER})
    @Operation(summary = "Add a meeting",
            description = "hr-admin or the partner running the session adds a meeting. 422 once the session is closed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "in person", value = MEETING_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The session with the new meeting.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "session", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "422", description = "The session is closed.")
    public SessionView addMeeting(@PathParam("id") UUID id, @Valid @NotNull NewMeeting request) {
        return service.addMeeting(id, request);
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE, Roles.TRAINING_PARTNER})
    @Operation(summary = "List sessions", description = "Sessions of the agency, oldest first, optionally of one "
            + "programme. A partner sees only the sessions of its own programmes.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<SessionView> list(@Parameter(description = "Only sessions of this programme.")
                                  @QueryParam("programId") UUID programId, @Valid @BeanParam PageRequest page) {
        return service.list(programId, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE, Roles.TRAINING_PARTNER})
    @Operation(summary = "Read one session", description = "With meetings, seats taken, waitlist and JP. "
            + "404 for a partner reading another institution's session.")
    @APIResponse(responseCode = "200", description = "The session.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "session", value = VIEW_EXAMPLE)))
    public SessionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
