package id.asn.appraisal.objection;

import id.asn.appraisal.objection.ObjectionViews.Decide;
import id.asn.appraisal.objection.ObjectionViews.Explanation;
import id.asn.appraisal.objection.ObjectionViews.FileObjection;
import id.asn.appraisal.objection.ObjectionViews.ObjectionView;
import id.asn.appraisal.objection.ObjectionViews.Step;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Objections (keberatan) to a finalized appraisal and their final decision. */
@Path("/api/v1/objections")
@Tag(name = "Objections", description = "Keberatan (PP 30/2019 Ps. 59): filed by the appraisee within the window, "
        + "explained by both sides, decided finally by the atasan pejabat penilai.")
public class ObjectionResource {

    static final String FILE_EXAMPLE = """
            {"appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f",
             "reasons": "Realisasi 1.350 izin (target 1.200) tidak dipertimbangkan; bukti di laporan OSS Desember."}""";
    static final String VIEW_EXAMPLE = """
            {"id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a", "appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f",
             "nip": "199003152019032005", "addressedTo": "197501012000031004", "status": "DECIDED",
             "reasons": "Realisasi 1.350 izin (target 1.200) tidak dipertimbangkan; bukti di laporan OSS Desember.",
             "filedOn": "2027-01-18", "deadline": "2027-01-29",
             "employeeExplanation": "Laporan OSS Desember terlampir.",
             "raterExplanation": "Laporan Desember belum masuk saat penilaian.",
             "decision": "ACCEPTED", "decisionReason": "Bukti realisasi sah; hasil kerja di atas ekspektasi.",
             "hasilBefore": "SESUAI_EKSPEKTASI", "perilakuBefore": "DI_ATAS_EKSPEKTASI", "predikatBefore": "BAIK",
             "hasilAfter": "DI_ATAS_EKSPEKTASI", "perilakuAfter": "DI_ATAS_EKSPEKTASI", "predikatAfter": "SANGAT_BAIK",
             "decidedOn": "2027-01-25", "version": 3}""";
    static final String STEP_EXAMPLE = "{\"version\": 0}";

    private final ObjectionService service;

    @Inject
    ObjectionResource(ObjectionService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "File an objection", description = """
            The appraisee objects to their finalized appraisal, with reasons, at the latest `objectionDays` after
            receiving it (the day it was finalized; 14 calendar days unless the period says otherwise; docs/domain.md
            §3.9). It goes to the atasan pejabat penilai: the pejabat penilai's supervisor. After the window the
            answer is a 422 naming the deadline. One objection per appraisal. Send an `Idempotency-Key` to make
            retries safe.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "objection", value = FILE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Filed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objection", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such appraisal of the caller.")
    @APIResponse(responseCode = "409", description = "The appraisal already has an objection, or the Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "422", description = "The appraisal is not finalized, the window has closed (the detail names the deadline), or the pejabat penilai has no superior.")
    public Response file(@Valid @NotNull FileObjection request) {
        return Response.status(Response.Status.CREATED).entity(service.file(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List objections", description = "hr-admin: the agency's; anyone else: their own, those "
            + "about appraisals they gave and those addressed to them. Filter by `status`; latest first, paged.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid status or paging parameters.")
    public Page<ObjectionView> list(@QueryParam("status") Objection.Status status, @Valid @BeanParam PageRequest page) {
        return service.list(status, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read one objection", description = "The appraisee, the pejabat penilai, the atasan it is "
            + "addressed to and hr-admin; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The objection.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objection", value = VIEW_EXAMPLE)))
    public ObjectionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Idempotent
    @Path("{id}/explanation-request")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Ask both sides for explanations", description = "The atasan pejabat penilai asks the "
            + "appraisee and the pejabat penilai to explain (PP 30/2019 Ps. 59(3)); needed before the decision.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "ask", value = STEP_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Asked.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objection", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The objection changed since `version`.")
    @APIResponse(responseCode = "422", description = "Already asked or decided.")
    public ObjectionView requestExplanations(@PathParam("id") UUID id, @Valid @NotNull Step request) {
        return service.requestExplanations(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/explanations")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Explain", description = "The appraisee or the pejabat penilai answers the atasan's request; "
            + "giving it again replaces it until the decision.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "explanation", value = "{\"version\": 1, \"text\": \"Laporan OSS Desember terlampir.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objection", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The text is missing.")
    @APIResponse(responseCode = "409", description = "The objection changed since `version`.")
    @APIResponse(responseCode = "422", description = "No explanation was asked for, or the objection is decided.")
    public ObjectionView explain(@PathParam("id") UUID id, @Valid @NotNull Explanation request) {
        return service.explain(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/decision")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Decide", description = """
            The atasan pejabat penilai decides, finally (PP 30/2019 Ps. 59(4)): REJECTED keeps the result;
            ACCEPTED or PARTIALLY_ACCEPTED set the new `hasilKerja` and `perilakuKerja`, which must change the
            result. Publishes `asn.appraisal.objection-decided.v1`; a changed result also publishes the corrected
            `asn.appraisal.finalized.v1` with the next `revision`, which replaces the earlier one for every consumer.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "accepted", value = """
            {"version": 2, "decision": "ACCEPTED", "reason": "Bukti realisasi sah; hasil kerja di atas ekspektasi.",
             "hasilKerja": "DI_ATAS_EKSPEKTASI", "perilakuKerja": "DI_ATAS_EKSPEKTASI"}""")))
    @APIResponse(responseCode = "200", description = "Decided.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "objection", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The new result is missing, unchanged, or given with REJECTED; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The objection changed since `version`.")
    @APIResponse(responseCode = "422", description = "Explanations were not asked for, or it is already decided (final).")
    public ObjectionView decide(@PathParam("id") UUID id, @Valid @NotNull Decide request) {
        return service.decide(id, request);
    }
}
