package id.asn.competency.assessment;

import static id.asn.competency.ApiDocs.END_OF_PAGE;
import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.PAGE_OF;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.assessment.AssessmentViews.AssessmentView;
import id.asn.competency.assessment.AssessmentViews.RecordAssessmentRequest;
import id.asn.competency.assessment.AssessmentViews.AssessmentPage;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Assessment evidence: appended, never overwritten; a correction supersedes. */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Assessment evidence: appended, never overwritten; a correction supersedes.")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class AssessmentResource {

    private static final String EXAMPLE = """
            {"nip":"198609262015051001","method":"ASSESSMENT_CENTRE","assessor":"UPT Penilaian Kompetensi BKD Provinsi",
             "assessedOn":"2026-03-10","note":"Assessment centre jabatan administrator",
             "scores":[{"competencyCode":"M1","score":3.00},{"competencyCode":"M2","score":2.50},
                       {"competencyCode":"SK1","score":3.00}]}""";
    private static final String CORRECTION_EXAMPLE = """
            {"nip":"198609262015051001","method":"ASSESSMENT_CENTRE","assessor":"UPT Penilaian Kompetensi",
             "assessedOn":"2026-03-10","supersedes":"0b5a7c1e-2f3d-4e5a-8b9c-1d2e3f4a5b6c",
             "note":"Koreksi salah ketik skor M2","scores":[{"competencyCode":"M2","score":3.00}]}""";
    private static final String VIEW_EXAMPLE = """
            {"id":"0b5a7c1e-2f3d-4e5a-8b9c-1d2e3f4a5b6c","nip":"198609262015051001","method":"ASSESSMENT_CENTRE",
             "assessor":"UPT Penilaian Kompetensi BKD Provinsi","assessedOn":"2026-03-10","validUntil":"2029-03-10",
             "note":"Assessment centre jabatan administrator",
             "scores":[{"competencyCode":"M1","score":3.00},{"competencyCode":"M2","score":2.50},
                       {"competencyCode":"SK1","score":3.00}],"recordedBy":"asesor.bkd"}""";
    private static final String CORRECTED_EXAMPLE = """
            {"id":"0b5a7c1e-2f3d-4e5a-8b9c-1d2e3f4a5b6c","nip":"198609262015051001","method":"ASSESSMENT_CENTRE",
             "assessor":"UPT Penilaian Kompetensi BKD Provinsi","assessedOn":"2026-03-10","validUntil":"2029-03-10",
             "supersededBy":"7c6b5a4f-3e2d-4c1b-9a0f-8e7d6c5b4a39","note":"Assessment centre jabatan administrator",
             "scores":[{"competencyCode":"M1","score":3.00},{"competencyCode":"M2","score":2.50},
                       {"competencyCode":"SK1","score":3.00}],"recordedBy":"asesor.bkd"}""";

    private final AssessmentService service;

    @Inject
    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ASSESSOR, Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Record an assessment",
            description = "Appends evidence: a decimal score 1.00–5.00 per competency. Assessors and hr-admin record "
                    + "any method; a supervisor only SUPERVISOR assessments of direct reports; an employee only a "
                    + "SELF assessment of themself. `validUntil` defaults to the configured validity (3 years). "
                    + "To correct, send a new assessment with `supersedes`. An employee or supervisor corrects only "
                    + "an assessment of the same method they recorded themself; for them `validUntil` is at most the "
                    + "configured validity and `assessor` is always the caller. Publishes `competency.assessed` and, "
                    + "when the gaps change, `competency.gap-changed`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
        @ExampleObject(name = "assessment centre", value = EXAMPLE),
        @ExampleObject(name = "correction", value = CORRECTION_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "assessment centre", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID
            + " Also for an NIP that is unknown or not the caller's to assess.")
    @APIResponse(responseCode = "404", description = NOT_FOUND
            + " Also for an employee or supervisor superseding an assessment someone else recorded.")
    @APIResponse(responseCode = "409", description = "The superseded assessment was already corrected.")
    @APIResponse(responseCode = "422", description = "An employee or supervisor superseding an assessment of "
            + "another method.")
    public Response record(@Valid @NotNull RecordAssessmentRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.record(request)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ASSESSOR, Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Read an assessment", description = "Assessors and hr-admin read any of the agency; others "
            + "their own or their direct reports'.")
    @APIResponse(responseCode = "200", description = "The assessment, with `supersededBy` when corrected.",
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class),
            examples = @ExampleObject(name = "corrected", value = CORRECTED_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.ASSESSOR, Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "An employee's assessments", description = "Every assessment of `nip`, newest first, "
            + "superseded ones included and marked.")
    @APIResponse(responseCode = "200", description = "One page of assessments.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentPage.class),
            examples = @ExampleObject(name = "page", value = PAGE_OF + VIEW_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Page<AssessmentView> list(@QueryParam("nip") @NotBlank @Parameter(required = true,
                                             example = "198609262015051001") String nip,
                                     @Valid @BeanParam PageRequest page) {
        return service.list(nip, page);
    }
}
