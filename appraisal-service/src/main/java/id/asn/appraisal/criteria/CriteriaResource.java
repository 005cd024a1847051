package id.asn.appraisal.criteria;

import id.asn.appraisal.criteria.CriteriaViews.Comment;
import id.asn.appraisal.criteria.CriteriaViews.CriterionView;
import id.asn.appraisal.criteria.CriteriaViews.Decide;
import id.asn.appraisal.criteria.CriteriaViews.Propose;
import id.asn.appraisal.criteria.CriteriaViews.Publish;
import id.asn.appraisal.criteria.CriteriaViews.Published;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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

/** Criteria co-created by a unit before the period and published to all its ASN. */
@Path("/api/v1/appraisal-criteria")
@Tag(name = "Criteria", description = "Indicators the employees of a unit propose and comment on, the pejabat "
        + "penilai accepts, edits or declines with a reason, and publishes before the period starts.")
public class CriteriaResource {

    static final String VIEW_EXAMPLE = """
            {"id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71",
             "unitId": "dpmptsp", "aspect": "WAKTU", "indicator": "Rata-rata waktu penerbitan izin usaha",
             "target": "3 hari kerja", "proposedBy": "199003152019032005", "status": "ACCEPTED", "edited": true,
             "reason": "Diterima; target disesuaikan dengan standar pelayanan.", "publishedAt": "2026-12-20T02:00:00Z",
             "comments": [{"authorNip": "199105202019031004", "text": "Setuju, ukur dari berkas lengkap.",
                           "at": "2026-12-05T03:00:00Z"}], "version": 1}""";

    private final CriteriaService service;

    @Inject
    CriteriaResource(CriteriaService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Propose a criterion", description = """
            An employee proposes an indicator for their own unit's plans of a period (docs/domain.md §3.2.1), until
            the unit's criteria are published. Send an `Idempotency-Key` to make retries safe.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "proposal", value = """
            {"periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "aspect": "WAKTU",
             "indicator": "Rata-rata waktu penerbitan izin usaha", "target": "2 hari kerja"}""")))
    @APIResponse(responseCode = "201", description = "Proposed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "criterion", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "422", description = "The caller has no unit, or the unit's criteria are published.")
    public Response propose(@Valid @NotNull Propose request) {
        return Response.status(Response.Status.CREATED).entity(service.propose(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "A unit's criteria", description = "The unit's pejabat penilai and hr-admin see every "
            + "proposal; every other ASN of the unit the published criteria and their own proposals; anyone else 404.")
    @APIResponse(responseCode = "200", description = "The criteria, oldest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "criteria",
            value = "[" + VIEW_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    public List<CriterionView> list(@QueryParam("periodId") @NotNull UUID periodId,
                                    @QueryParam("unitId") @NotBlank String unitId) {
        return service.list(periodId, unitId);
    }

    @POST
    @Idempotent
    @Path("{id}/comments")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Comment on a proposal", description = "Any ASN of the unit comments on a proposal not yet decided.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "comment", value = "{\"text\": \"Setuju, ukur dari berkas lengkap.\"}")))
    @APIResponse(responseCode = "200", description = "The criterion with its comments.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "criterion", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The text is missing.")
    @APIResponse(responseCode = "422", description = "The proposal is decided.")
    public CriterionView comment(@PathParam("id") UUID id, @Valid @NotNull Comment request) {
        return service.comment(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/decision")
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Accept, edit or decline", description = "The unit's pejabat penilai (a supervisor of the "
            + "unit) or hr-admin accepts a proposal, editing its wording or target if given, or declines it; always "
            + "with a reason.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "accept edited", value = """
            {"version": 0, "decision": "ACCEPT", "reason": "Diterima; target disesuaikan dengan standar pelayanan.",
             "target": "3 hari kerja"}""")))
    @APIResponse(responseCode = "200", description = "Decided.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "criterion", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The reason is missing, or a decline edits the wording.")
    @APIResponse(responseCode = "409", description = "The criterion changed since `version`.")
    @APIResponse(responseCode = "422", description = "Already decided.")
    public CriterionView decide(@PathParam("id") UUID id, @Valid @NotNull Decide request) {
        return service.decide(id, request);
    }

    @POST
    @Idempotent
    @Path("publication")
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Publish a unit's criteria", description = """
            The unit's pejabat penilai or hr-admin publishes every accepted criterion of the unit and period, before
            the period starts and once every proposal is decided; every ASN of the unit then sees them. A plan whose
            indicator takes up a criterion (`criterionId`) is rated only once that criterion is published.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "publish", value = "{\"periodId\": \"5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71\", \"unitId\": \"dpmptsp\"}")))
    @APIResponse(responseCode = "200", description = "Published.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "published", value = """
            {"periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "unitId": "dpmptsp", "criteria": 6,
             "publishedAt": "2026-12-20T02:00:00Z"}""")))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    @APIResponse(responseCode = "422", description = "The period has started, a proposal is undecided, or none is accepted.")
    public Published publish(@Valid @NotNull Publish request) {
        return service.publish(request);
    }
}
