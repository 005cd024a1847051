package id.asn.competency.organisation;

import static id.asn.competency.ApiDocs.END_OF_PAGE;
import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.PAGE_OF;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.organisation.UnitViews.UnitRequest;
import id.asn.competency.organisation.UnitViews.UnitView;
import id.asn.competency.organisation.UnitViews.UnitPage;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's organisation units (a tree). */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation units", description = "The agency's organisation units (a tree).")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class UnitResource {

    private static final String EXAMPLE = """
            {"code":"BKPSDM","name":"Badan Kepegawaian dan Pengembangan SDM"}""";
    private static final String VIEW_EXAMPLE = """
            {"id":"6f1c2a5e-3b7d-4a8e-9c1f-2d3e4f5a6b7c","code":"BKPSDM",
             "name":"Badan Kepegawaian dan Pengembangan SDM","version":0}""";
    private static final String CHANGED_EXAMPLE = """
            {"id":"6f1c2a5e-3b7d-4a8e-9c1f-2d3e4f5a6b7c","code":"BKPSDM","name":"BKPSDM Kota Palembang",
             "version":1}""";

    private final UnitService service;

    @Inject
    UnitResource(UnitService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "List units", description = "The agency's units by code; `parentId` lists one level of the "
            + "tree, `roots=true` the top level.")
    @APIResponse(responseCode = "200", description = "One page of units.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitPage.class),
            examples = @ExampleObject(name = "page", value = PAGE_OF + VIEW_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<UnitView> list(@QueryParam("parentId") UUID parentId,
                               @QueryParam("roots") @Parameter(description = "Only units without a parent.") boolean roots,
                               @Valid @BeanParam PageRequest page) {
        return service.list(parentId, roots, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "Read a unit", description = "One unit of the caller's agency.")
    @APIResponse(responseCode = "200", description = "The unit.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class),
            examples = @ExampleObject(name = "unit", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public UnitView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add a unit", description = "Adds a unit under `parentId`, or at the top of the tree.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "unit", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class),
            examples = @ExampleObject(name = "unit", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "The code is already used in the agency.")
    public Response create(@Valid @NotNull UnitRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @PUT
    @Idempotent
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Change a unit", description = "Renames or moves a unit; send the `version` you read. "
            + "A unit cannot be moved under itself or its own descendants.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "rename", value = """
                    {"code":"BKPSDM","name":"BKPSDM Kota Palembang","version":0}""")))
    @APIResponse(responseCode = "200", description = "The changed unit.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class),
            examples = @ExampleObject(name = "renamed", value = CHANGED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else since read, or code taken.")
    public UnitView update(@PathParam("id") UUID id, @Valid @NotNull UnitRequest request) {
        return service.update(id, request);
    }
}
