package id.asn.competency.position;

import static id.asn.competency.ApiDocs.END_OF_PAGE;
import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.PAGE_OF;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.position.PositionViews.PositionRequest;
import id.asn.competency.position.PositionViews.PositionView;
import id.asn.competency.position.PositionViews.StandardRequest;
import id.asn.competency.position.PositionViews.StandardSuggestion;
import id.asn.competency.position.PositionViews.StandardView;
import id.asn.competency.position.PositionViews.PositionPage;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemResponses;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Positions (jabatan) and their competency standards (SKJ), versioned by effective date. */
@Path("/api/v1/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Positions and standards", description = "Positions (jabatan) and their competency standards (SKJ) by date.")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class PositionResource {

    private static final String POSITION_EXAMPLE = """
            {"code":"ADM-KEU-01","title":"Kepala Bagian Keuangan","positionClass":"ADMINISTRATOR",
             "unitId":"6f1c2a5e-3b7d-4a8e-9c1f-2d3e4f5a6b7c"}""";
    private static final String STANDARD_EXAMPLE = """
            {"effectiveFrom":"2026-01-01","items":[{"competencyCode":"M1","requiredLevel":3},
             {"competencyCode":"M2","requiredLevel":3},{"competencyCode":"SK1","requiredLevel":3},
             {"competencyCode":"T.1","requiredLevel":2}]}""";
    private static final String VIEW_EXAMPLE = """
            {"id":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809","code":"ADM-KEU-01","title":"Kepala Bagian Keuangan",
             "positionClass":"ADMINISTRATOR","unitId":"6f1c2a5e-3b7d-4a8e-9c1f-2d3e4f5a6b7c","version":0}""";
    private static final String CHANGED_EXAMPLE = """
            {"id":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809","code":"ADM-KEU-01",
             "title":"Kepala Bagian Keuangan dan Aset","positionClass":"ADMINISTRATOR",
             "unitId":"6f1c2a5e-3b7d-4a8e-9c1f-2d3e4f5a6b7c","version":1}""";
    private static final String STANDARD_VIEW_EXAMPLE = """
            {"id":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a","positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
             "effectiveFrom":"2026-01-01","items":[{"competencyCode":"M1","requiredLevel":3},
             {"competencyCode":"M2","requiredLevel":3},{"competencyCode":"SK1","requiredLevel":3},
             {"competencyCode":"T.1","requiredLevel":2}]}""";
    private static final String SUGGESTION_EXAMPLE = """
            {"positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809","positionClass":"ADMINISTRATOR",
             "items":[{"competencyCode":"M1","requiredLevel":3},{"competencyCode":"M2","requiredLevel":3},
             {"competencyCode":"M3","requiredLevel":3},{"competencyCode":"M4","requiredLevel":3},
             {"competencyCode":"M5","requiredLevel":3},{"competencyCode":"M6","requiredLevel":3},
             {"competencyCode":"M7","requiredLevel":3},{"competencyCode":"M8","requiredLevel":3},
             {"competencyCode":"SK1","requiredLevel":3}],
             "note":"Saran berdasarkan kebiasaan per kelas jabatan (tidak diatur regulasi); sesuaikan dengan SKJ \
            jabatan."}""";

    private final PositionService service;

    @Inject
    PositionResource(PositionService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "List positions", description = "The agency's positions by code, optionally of one unit "
            + "or one class.")
    @APIResponse(responseCode = "200", description = "One page of positions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionPage.class),
            examples = @ExampleObject(name = "page", value = PAGE_OF + VIEW_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<PositionView> list(@QueryParam("unitId") UUID unitId,
                                   @QueryParam("positionClass") PositionClass positionClass,
                                   @Valid @BeanParam PageRequest page) {
        return service.list(unitId, positionClass, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "Read a position", description = "One position of the caller's agency.")
    @APIResponse(responseCode = "200", description = "The position.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class),
            examples = @ExampleObject(name = "position", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public PositionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add a position", description = "A position with its class (docs/domain.md §8.1, position class).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "administrator", value = POSITION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class),
            examples = @ExampleObject(name = "position", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "The code is already used in the agency.")
    public Response create(@Valid @NotNull PositionRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @PUT
    @Idempotent
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Change a position", description = "Send the `version` you read (optimistic lock).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "retitle", value = """
                    {"code":"ADM-KEU-01","title":"Kepala Bagian Keuangan dan Aset","positionClass":"ADMINISTRATOR",
                     "version":0}""")))
    @APIResponse(responseCode = "200", description = "The changed position.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PositionView.class),
            examples = @ExampleObject(name = "retitled", value = CHANGED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed since read, or code taken.")
    public PositionView update(@PathParam("id") UUID id, @Valid @NotNull PositionRequest request) {
        return service.update(id, request);
    }

    @GET
    @Path("/{id}/standards")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "History of a position's standard", description = "Every version, newest first.")
    @APIResponse(responseCode = "200", description = "All versions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StandardView.class),
            examples = @ExampleObject(name = "versions", value = "[" + STANDARD_VIEW_EXAMPLE + "]")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<StandardView> standards(@PathParam("id") UUID id) {
        return service.standards(id);
    }

    @GET
    @Path("/{id}/standard")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "The standard in force", description = "The version in force on `on` (default today).")
    @APIResponse(responseCode = "200", description = "The standard.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class),
            examples = @ExampleObject(name = "standard", value = STANDARD_VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND + " Also when no version is in force yet.")
    public StandardView standard(@PathParam("id") UUID id,
                                 @QueryParam("on") @Parameter(example = "2026-11-22") LocalDate on) {
        return service.standard(id, on == null ? LocalDate.now() : on);
    }

    @POST
    @Idempotent
    @Path("/{id}/standards")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Set a new version of the standard",
            description = "Required level 1–5 per competency, in force from `effectiveFrom`; earlier versions stay "
                    + "readable. When already in force, the gaps of the position's holders are recomputed and "
                    + "`competency.gap-changed` is published for those whose gaps changed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "administrator", value = STANDARD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The new version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardView.class),
            examples = @ExampleObject(name = "standard", value = STANDARD_VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " E.g. an unknown competency code.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "A version with this effective date exists.")
    public Response addStandard(@PathParam("id") UUID id, @Valid @NotNull StandardRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.addStandard(id, request)).build();
    }

    @GET
    @Path("/{id}/standard-suggestion")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Suggested managerial and socio-cultural levels",
            description = "The class default of docs/domain.md §1.6 (a convention, configurable) for M1..M8 and SK1, to "
                    + "start a standard from. Never applied by itself.")
    @APIResponse(responseCode = "200", description = "The suggestion; empty items when the class has no default.",
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StandardSuggestion.class),
            examples = @ExampleObject(name = "administrator", value = SUGGESTION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public StandardSuggestion suggestion(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return service.suggest(id, ProblemResponses.messages(headers));
    }
}
