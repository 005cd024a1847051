package id.asn.career.succession;

import static id.asn.career.ApiDocs.END_OF_PAGE;
import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NOT_FOUND;
import static id.asn.career.ApiDocs.PAGE_OF;

import id.asn.career.succession.SuccessionViews.CriticalPositionView;
import id.asn.career.succession.SuccessionViews.DeclareCritical;
import id.asn.career.succession.SuccessionViews.SuccessionPlan;
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

/** Critical positions and their succession plans. */
@Path("/api/v1/succession-plans")
@Tag(name = "Succession", description = "Critical positions, the succession pool (boxes 7–9) and candidates "
        + "ranked by box, job fit and kinerja (docs/domain.md §4.5).")
public class SuccessionResource {

    private static final String POSITION_EXAMPLE = """
            {"id":"5a3d1b6f-7e8c-4d0f-9a1b-2c3d4e5f6a70","positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
             "title":"Kepala Bidang Pengembangan Kompetensi","unitId":"bkpsdm"}""";

    private final SuccessionService service;

    @Inject
    SuccessionResource(SuccessionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Declare a critical position",
            description = "A position of competency-service (its id) the agency plans succession for. 409 when it "
                    + "is already declared. With an `Idempotency-Key`, a retry answers the first result.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "kabid",
            value = "{\"positionId\":\"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809\",\"title\":\"Kepala Bidang "
                    + "Pengembangan Kompetensi\",\"unitId\":\"bkpsdm\"}")))
    @APIResponse(responseCode = "201", description = "Declared.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "position", value = POSITION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "Already declared, or the Idempotency-Key was used with "
            + "another body.")
    public Response declare(@Valid @NotNull DeclareCritical request) {
        return Response.status(Response.Status.CREATED).entity(service.declare(request)).build();
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "List critical positions", description = "The agency's critical positions by title.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = PAGE_OF + POSITION_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<CriticalPositionView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Rank the succession candidates of a critical position",
            description = "The pool (latest box 7, 8 or 9, configurable) without the holders of the position and "
                    + "without anyone within a year of their retirement age (listed under `excluded` with the "
                    + "reason); ranked by box, then job fit against the position's standard from competency-service "
                    + "(unknown last), then kinerja, then the potential score; each with readiness and reasons. When "
                    + "competency-service does not answer in time, `jobFitSource` is EVENTS and job fit is known only "
                    + "for candidates already holding the position.")
    @APIResponse(responseCode = "200", description = "The plan.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = "{\"position\":"
            + POSITION_EXAMPLE + ",\"on\":\"2026-12-01\",\"jobFitSource\":\"COMPETENCY_SERVICE\",\"candidates\":["
            + "{\"rank\":1,\"nip\":\"199003152019032005\",\"name\":\"Rina Marlina\",\"box\":9,\"readiness\":"
            + "\"SIAP_SEKARANG\",\"kinerja\":\"DI_ATAS_EKSPEKTASI\",\"potentialScore\":88.50,\"jobFit\":92.59,"
            + "\"retiresOn\":\"2048-03-15\",\"reason\":\"box 9; job fit JPM 92.59 (COMPETENCY_SERVICE); kinerja "
            + "DI_ATAS_EKSPEKTASI; potential 88.50\"}],\"excluded\":[{\"nip\":\"196901012000031001\",\"name\":"
            + "\"Ahmad\",\"box\":8,\"reason\":\"reaches retirement age 58 on 2027-01-01, within P1Y\"}]}")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SuccessionPlan plan(@Parameter(description = "The critical position's id.") @PathParam("id") UUID id) {
        return service.plan(id);
    }
}
