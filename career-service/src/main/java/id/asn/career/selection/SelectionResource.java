package id.asn.career.selection;

import static id.asn.career.ApiDocs.END_OF_PAGE;
import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NOT_FOUND;
import static id.asn.career.ApiDocs.PAGE_OF;

import id.asn.career.selection.SelectionViews.Apply;
import id.asn.career.selection.SelectionViews.CreateSelection;
import id.asn.career.selection.SelectionViews.Nominate;
import id.asn.career.selection.SelectionViews.PublishedRanking;
import id.asn.career.selection.SelectionViews.SelectionView;
import id.asn.career.selection.SelectionViews.Shortlist;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Open selections: the open position, applications and nominations, the shortlist and its publication. */
@Path("/api/v1/open-selections")
@Tag(name = "Open selection", description = "Seleksi terbuka: an open position with its standard and requirements, "
        + "internal candidates, the shortlist ranked by job fit, performance and box, and the published ranking "
        + "(docs/domain.md §5.7).")
public class SelectionResource {

    private static final String SELECTION_EXAMPLE = """
            {"id":"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
             "title":"Kepala Dinas Pendidikan","positionClass":"JPT_PRATAMA","unitId":"disdik","minEducation":"S1",
             "maxAge":56,"opensOn":"2026-11-02","closesOn":"2026-11-30","status":"OPEN"}""";
    private static final String CANDIDATE_EXAMPLE = """
            {"selectionId":"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","nip":"199003152019032005","origin":"APPLIED",
             "note":"Kepala Bidang Kurikulum sejak 2021"}""";
    private static final String CRITERIA = "requirements: education at least S1; age at most 56 on 2026-11-30; "
            + "annual predikat BAIK or SANGAT_BAIK in each of the 2 years before 2026; no disciplinary sentence "
            + "running on 2026-11-30. Eligible candidates rank by job fit (JPM against the position's competency "
            + "standard, unknown last), then the latest annual predikat, then the talent box (unknown last).";
    private static final String ID = "The open selection's id.";
    // a published ranking as hr-admin reads it, and as the candidate in second place reads it
    private static final String PUBLISHED_HEAD = "{\"selectionId\":\"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f\",\"title\":"
            + "\"Kepala Dinas Pendidikan\",\"publishedAt\":\"2026-12-01T03:00:00Z\",\"criteria\":\"" + CRITERIA
            + " Job fit from COMPETENCY_SERVICE.\",\"rows\":[";
    private static final String PUBLISHED_FULL = PUBLISHED_HEAD + "{\"place\":1,\"candidate\":\"Kandidat 1\","
            + "\"own\":false,\"eligible\":true,\"nip\":\"199003152019032005\",\"name\":\"Rina Marlina\","
            + "\"jobFit\":92.59,\"predikat\":\"SANGAT_BAIK\",\"box\":9,\"reason\":\"job fit JPM 92.59; latest "
            + "predikat SANGAT_BAIK; box 9\"}]}";
    private static final String PUBLISHED_REDACTED = PUBLISHED_HEAD + "{\"place\":1,\"candidate\":\"Kandidat 1\","
            + "\"own\":false,\"eligible\":true},{\"place\":2,\"candidate\":\"Kandidat 2\",\"own\":true,"
            + "\"eligible\":true,\"nip\":\"198807012014021003\",\"name\":\"Budi Santoso\",\"jobFit\":85.00,"
            + "\"predikat\":\"BAIK\",\"box\":8,\"reason\":\"job fit JPM 85.00; latest predikat BAIK; box 8\"}]}";

    private final SelectionService service;

    @Inject
    SelectionResource(SelectionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Open a position for selection",
            description = "The position (its id in competency-service, whose competency standard job fit is "
                    + "measured against), its class, the requirements (lowest diploma, optional age limit on the "
                    + "closing date) and the application window. The performance requirement (annual predikat in "
                    + "the last years) is configuration. With an `Idempotency-Key`, a retry answers the first result.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "kadis",
            value = "{\"positionId\":\"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809\",\"title\":\"Kepala Dinas Pendidikan\","
                    + "\"positionClass\":\"JPT_PRATAMA\",\"unitId\":\"disdik\",\"minEducation\":\"S1\","
                    + "\"maxAge\":56,\"opensOn\":\"2026-11-02\",\"closesOn\":\"2026-11-30\"}")))
    @APIResponse(responseCode = "201", description = "Opened.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "selection",
            value = SELECTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also an unknown diploma or a closing date before "
            + "the opening date.")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body.")
    public Response create(@Valid @NotNull CreateSelection request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List the agency's open selections",
            description = "Every open selection of the caller's agency, the latest closing first, so that "
                    + "employees see where they may apply.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = PAGE_OF + SELECTION_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<SelectionView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read an open selection", description = "The position, requirements, window and status; "
            + "after publication also the published criteria.")
    @APIResponse(responseCode = "200", description = "The selection.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "selection",
            value = SELECTION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SelectionView get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @Path("{id}/applications")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Apply for an open selection",
            description = "The caller applies for themselves (their NIP from the token) while the selection is "
                    + "open: from `opensOn` to `closesOn` and before the ranking is published. Once per candidate.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "apply",
            value = "{\"note\":\"Kepala Bidang Kurikulum sejak 2021\"}")))
    @APIResponse(responseCode = "201", description = "Applied.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "candidate",
            value = CANDIDATE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already a candidate.")
    @APIResponse(responseCode = "422", description = "The selection is not open today.")
    public Response apply(@Parameter(description = ID) @PathParam("id") UUID id, @Valid Apply request) {
        return Response.status(Response.Status.CREATED).entity(service.apply(id, request)).build();
    }

    @POST
    @Idempotent
    @Path("{id}/nominations")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Nominate a candidate",
            description = "hr-admin nominates an active employee of the agency while the selection is open. Once "
                    + "per candidate, whether applied or nominated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name =
            "nominate", value = "{\"nip\":\"199003152019032005\",\"note\":\"Talenta kotak 9\"}")))
    @APIResponse(responseCode = "201", description = "Nominated.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "candidate",
            value = CANDIDATE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also a NIP that is no active employee of the "
            + "agency.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already a candidate.")
    @APIResponse(responseCode = "422", description = "The selection is not open today.")
    public Response nominate(@Parameter(description = ID) @PathParam("id") UUID id,
                             @Valid @NotNull Nominate request) {
        return Response.status(Response.Status.CREATED).entity(service.nominate(id, request)).build();
    }

    @GET
    @Path("{id}/shortlist")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Rank the candidates",
            description = "Every candidate placed: the requirements filter first (diploma, age on the closing "
                    + "date, annual predikat of the last years, no running disciplinary sentence), then the "
                    + "eligible rank by job fit against the position's standard from competency-service (unknown "
                    + "last), the latest annual predikat and the talent box (unknown last); the ineligible follow "
                    + "with every unmet requirement. When competency-service does not answer in time, "
                    + "`jobFitSource` is EVENTS and job fit is known only for candidates already holding the position.")
    @APIResponse(responseCode = "200", description = "The shortlist.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "shortlist", value = "{"
            + "\"selection\":" + SELECTION_EXAMPLE + ",\"jobFitSource\":\"COMPETENCY_SERVICE\",\"criteria\":\""
            + CRITERIA + "\",\"rows\":[{\"place\":1,\"nip\":\"199003152019032005\",\"name\":\"Rina Marlina\","
            + "\"origin\":\"APPLIED\",\"eligible\":true,\"jobFit\":92.59,\"predikat\":\"SANGAT_BAIK\",\"box\":9,"
            + "\"reason\":\"job fit JPM 92.59; latest predikat SANGAT_BAIK; box 9\"}]}")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Shortlist shortlist(@Parameter(description = ID) @PathParam("id") UUID id) {
        return service.shortlist(id);
    }

    @POST
    @Idempotent
    @Path("{id}/publication")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Publish the ranking to the candidates",
            description = "Freezes the shortlist and its criteria as the published ranking and ends applications. "
                    + "Candidates then read it with every other candidate's identity, scores and reasons withheld.")
    @APIResponse(responseCode = "200", description = "Published (as hr-admin reads it).", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "published", value =
            PUBLISHED_FULL)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Already published.")
    public PublishedRanking publish(@Parameter(description = ID) @PathParam("id") UUID id) {
        return service.publish(id);
    }

    @GET
    @Path("{id}/published-ranking")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read the published ranking",
            description = "hr-admin reads every row. A candidate reads the criteria, their own row in full (`own` "
                    + "true) and of every other row only the place, the label `Kandidat <place>` and whether "
                    + "eligible: no NIP, name, scores or reasons (docs/domain.md §5.7). Anyone who is not a "
                    + "candidate, and everyone before publication, gets 404.")
    @APIResponse(responseCode = "200", description = "The ranking as the caller may read it.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "candidate", value =
            PUBLISHED_REDACTED)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Also before publication.")
    public PublishedRanking published(@Parameter(description = ID) @PathParam("id") UUID id) {
        return service.published(id);
    }
}
