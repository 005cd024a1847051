package id.asn.competency.organisation;

import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    /** A unit as written by hr-admin; {@code version} is required on update (optimistic lock). */
    public record UnitRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9._\\-]{1,50}") String code,
                              @NotBlank @Size(max = 200) String name, UUID parentId, Long version) {
    }

    public record UnitView(UUID id, String code, String name, UUID parentId, long version) {
        static UnitView of(Unit u) {
            return new UnitView(u.id, u.code, u.name, u.parentId, u.version);
        }
    }

    private final UnitRepository units;

    @Inject
    UnitResource(UnitRepository units) {
        this.units = units;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "List units", description = "The agency's units by code; `parentId` lists one level of the "
            + "tree, `roots=true` the top level.")
    @APIResponse(responseCode = "200", description = "One page of units.")
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<UnitView> list(@QueryParam("parentId") UUID parentId,
                               @QueryParam("roots") @Parameter(description = "Only units without a parent.") boolean roots,
                               @Valid @BeanParam PageRequest page) {
        Sort byCode = Sort.by("code");
        var query = parentId != null ? units.scoped("parentId = :p", Map.of("p", parentId), byCode)
                : roots ? units.scoped("parentId is null", Map.of(), byCode) : units.all(byCode);
        return units.page(query, page, UnitView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "Read a unit", description = "One unit of the caller's agency.")
    @APIResponse(responseCode = "200", description = "The unit.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public UnitView get(@PathParam("id") UUID id) {
        return UnitView.of(units.require(id));
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add a unit", description = "Adds a unit under `parentId`, or at the top of the tree.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "unit", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "The code is already used in the agency.")
    public Response create(@Valid @NotNull UnitRequest request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("unit.code.exists", request.code());
        }
        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name();
        unit.parentId = parent(request.parentId(), null);
        units.persist(unit);
        units.flush();
        return Response.status(Response.Status.CREATED).entity(UnitView.of(unit)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Change a unit", description = "Renames or moves a unit; send the `version` you read. "
            + "A unit cannot be moved under itself or its own descendants.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "rename", value = """
                    {"code":"BKPSDM","name":"BKPSDM Kota Palembang","version":0}""")))
    @APIResponse(responseCode = "200", description = "The changed unit.")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Changed by someone else since read, or code taken.")
    public UnitView update(@PathParam("id") UUID id, @Valid @NotNull UnitRequest request) {
        Unit unit = units.require(id);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "field.required");
        }
        if (!request.version().equals(unit.version)) {
            throw ProblemException.staleVersion();
        }
        if (!unit.code.equals(request.code()) && units.findByCode(request.code()).isPresent()) {
            throw ProblemException.conflict("unit.code.exists", request.code());
        }
        unit.code = request.code();
        unit.name = request.name();
        unit.parentId = parent(request.parentId(), unit.id);
        units.flush();
        return UnitView.of(unit);
    }

    private UUID parent(UUID parentId, UUID moving) {
        if (parentId == null) {
            return null;
        }
        if (units.findInTenant(parentId).isEmpty()) {
            throw ProblemException.invalid("parentId", "unit.parent.unknown");
        }
        if (moving != null && (Objects.equals(parentId, moving) || units.subtree(moving).contains(parentId))) {
            throw ProblemException.rule("unit.parent.cycle");
        }
        return parentId;
    }
}
