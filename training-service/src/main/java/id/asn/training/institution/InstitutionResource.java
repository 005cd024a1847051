package id.asn.training.institution;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.institution.InstitutionViews.InstitutionView;
import id.asn.training.institution.InstitutionViews.RegisterInstitution;
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

/** Partner institutions of the agency. */
@Path("/api/v1/institutions")
@Tag(name = "Institutions", description = "Partner institutions that run training for the agency.")
public class InstitutionResource {

    private static final String REGISTER_EXAMPLE = """
            {"id": "6f1c2a9e-0d1b-4c55-9a51-1b2f3e4d5a60", "name": "BPSDM Provinsi Sumatera Selatan",
             "kind": "GOVERNMENT", "contactEmail": "diklat@bpsdm.sumselprov.go.id"}""";
    private static final String VIEW_EXAMPLE = """
            {"id": "6f1c2a9e-0d1b-4c55-9a51-1b2f3e4d5a60", "name": "BPSDM Provinsi Sumatera Selatan",
             "kind": "GOVERNMENT", "contactEmail": "diklat@bpsdm.sumselprov.go.id", "active": true}""";

    private final InstitutionService service;

    @Inject
    InstitutionResource(InstitutionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Register a partner institution",
            description = "hr-admin registers an institution that runs training for the agency. The optional `id` "
                    + "becomes the `institution` claim of the partner's machine token (role `training-partner`); "
                    + "omit it to let the service choose one. 409 when the id or the name is already taken.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "partner", value = REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "registered", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The id or the name is already registered.")
    public Response register(@Valid @NotNull RegisterInstitution request) {
        InstitutionView view = service.register(request);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "List partner institutions", description = "The agency's institutions by name, paged.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<InstitutionView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.TRAINING_PARTNER})
    @Operation(summary = "Read one institution",
            description = "hr-admin reads any institution of the agency; a partner only its own (404 otherwise).")
    @APIResponse(responseCode = "200", description = "The institution.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "institution", value = VIEW_EXAMPLE)))
    public InstitutionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
