package id.asn.appraisal.appraisal;

import id.asn.appraisal.appraisal.AppraisalViews.AngkaKredit;
import id.asn.appraisal.appraisal.AppraisalViews.AppraisalView;
import id.asn.appraisal.appraisal.AppraisalViews.CreateAppraisal;
import id.asn.appraisal.appraisal.AppraisalViews.Distribution;
import id.asn.appraisal.appraisal.AppraisalViews.Finalize;
import id.asn.appraisal.appraisal.AppraisalViews.Rate;
import id.asn.appraisal.appraisal.AppraisalViews.UnitResult;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Appraisals: the pejabat penilai's ratings, the predikat, finalisation and the unit's open distribution. */
@Path("/api/v1/appraisals")
@Tag(name = "Appraisals", description = "Annual and periodic evaluations of a locked plan: two ratings with "
        + "justification and evidence, the predikat matrix, finalisation published as asn.appraisal.finalized.v1.")
public class AppraisalResource {

    static final String CREATE_EXAMPLE = """
            {"planId": "7d3b1c9e-2a4f-4e6b-8c0d-1f2e3a4b5c6d", "periodType": "ANNUAL"}""";
    static final String RATE_EXAMPLE = """
            {"version": 0,
             "hasilKerja": {"rating": "DI_ATAS_EKSPEKTASI",
               "justification": "1.350 izin terbit (target 1.200), rata-rata 2,4 hari kerja.",
               "evidence": ["https://oss.example.go.id/laporan/2026-12", "arsip/skp/2026/rekap-izin.pdf"]},
             "perilakuKerja": {"rating": "SESUAI_EKSPEKTASI",
               "justification": "Pengaduan dijawab dalam sehari; laporan bulanan tepat waktu.",
               "evidence": ["umpan-balik/2026-06-14"]}}""";
    static final String VIEW_EXAMPLE = """
            {"id": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "planId": "7d3b1c9e-2a4f-4e6b-8c0d-1f2e3a4b5c6d",
             "periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "nip": "199003152019032005", "unitId": "dpmptsp",
             "raterNip": "198005102005011003", "periodType": "ANNUAL", "periodNumber": 1,
             "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "year": 2026, "status": "FINALIZED",
             "hasilKerja": {"rating": "DI_ATAS_EKSPEKTASI",
               "justification": "1.350 izin terbit (target 1.200), rata-rata 2,4 hari kerja.",
               "evidence": ["https://oss.example.go.id/laporan/2026-12"]},
             "perilakuKerja": {"rating": "SESUAI_EKSPEKTASI",
               "justification": "Pengaduan dijawab dalam sehari; laporan bulanan tepat waktu.",
               "evidence": ["umpan-balik/2026-06-14"]},
             "predikat": "BAIK", "finalizedOn": "2027-01-15", "revision": 1, "version": 2, "warnings": []}""";
    static final String RATED_EXAMPLE = """
            {"id": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "planId": "7d3b1c9e-2a4f-4e6b-8c0d-1f2e3a4b5c6d",
             "periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "nip": "199003152019032005", "unitId": "dpmptsp",
             "raterNip": "198005102005011003", "periodType": "ANNUAL", "periodNumber": 1,
             "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "year": 2026, "status": "RATED",
             "hasilKerja": {"rating": "DI_ATAS_EKSPEKTASI",
               "justification": "1.350 izin terbit (target 1.200), rata-rata 2,4 hari kerja.",
               "evidence": ["https://oss.example.go.id/laporan/2026-12"]},
             "perilakuKerja": {"rating": "SESUAI_EKSPEKTASI",
               "justification": "Pengaduan dijawab dalam sehari; laporan bulanan tepat waktu.",
               "evidence": ["umpan-balik/2026-06-14"]},
             "predikat": "BAIK", "finalizedOn": null, "revision": 0, "version": 1,
             "warnings": [{"code": "RATER_TRAINING_MISSING", "raterNip": "198005102005011003",
                           "missingTraining": "Pelatihan Penilai Kinerja (program pelatihan penilai di training-service)"}]}""";
    static final String VERSION_EXAMPLE = "{\"version\": 1}";

    private final AppraisalService service;

    @Inject
    AppraisalResource(AppraisalService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Start an evaluation", description = """
            The pejabat penilai of a LOCKED plan (or hr-admin) starts its ANNUAL evaluation or PERIODIC evaluation
            `periodNumber` (1 to 4 for a quarterly period, 1 to 12 for a monthly one; docs/domain.md §3.3). One per
            plan, type and number. Send an `Idempotency-Key` to make retries safe.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "annual", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Started.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appraisal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, or the period has no such evaluation; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such plan, or one the caller does not rate.")
    @APIResponse(responseCode = "409", description = "This evaluation exists, or the Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "422", description = "The plan is not locked.")
    public Response create(@Valid @NotNull CreateAppraisal request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List appraisals", description = "hr-admin: the agency's; anyone else: their own and those "
            + "they rate. Filter by `periodId`, `nip`, `status`; paged.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid NIP, status or paging parameters.")
    public Page<AppraisalView> list(@QueryParam("periodId") UUID periodId, @QueryParam("nip") @ValidNip String nip,
                                    @QueryParam("status") Appraisal.Status status, @Valid @BeanParam PageRequest page) {
        return service.list(periodId, NipInput.normalise(nip), status, page);
    }

    @GET
    @Path("distribution")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "A unit's predikat distribution", description = """
            How many finalized annual appraisals of the unit in the period have each predikat: counts only, never
            names (docs/domain.md §3.11, open publication). Every ASN of the unit and hr-admin; 404 for anyone else.""")
    @APIResponse(responseCode = "200", description = "The distribution.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "distribution", value = """
            {"periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "unitId": "dpmptsp", "total": 12,
             "predikat": {"SANGAT_BAIK": 2, "BAIK": 8, "BUTUH_PERBAIKAN": 1, "KURANG_MISCONDUCT": 0, "SANGAT_KURANG": 1}}""")))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    public Distribution distribution(@QueryParam("periodId") @NotNull UUID periodId,
                                     @QueryParam("unitId") @NotBlank String unitId) {
        return service.distribution(periodId, unitId);
    }

    @GET
    @Path("unit-results")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "A unit's individual results", description = """
            The finalized annual results of a unit, redacted to NIP, name and predikat: no ratings, justification,
            evidence or rater (docs/domain.md §3.11). hr-admin always; the unit's ASN only in a period opened with
            `individualResultsToUnit` (422 otherwise); anyone outside the unit 404.""")
    @APIResponse(responseCode = "200", description = "The results, by NIP.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "results", value = """
            [{"nip": "199003152019032005", "name": "Rina Marlina", "predikat": "BAIK"}]""")))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    @APIResponse(responseCode = "422", description = "The period does not open individual results to the unit.")
    public List<UnitResult> unitResults(@QueryParam("periodId") @NotNull UUID periodId,
                                        @QueryParam("unitId") @NotBlank String unitId) {
        return service.unitResults(periodId, unitId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read one appraisal", description = "The appraisee (without the rater's NIP), the pejabat "
            + "penilai and hr-admin; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The appraisal.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appraisal", value = VIEW_EXAMPLE)))
    public AppraisalView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/angka-kredit")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Angka kredit of an annual result", description = """
            The yearly angka kredit a finalized annual result earns a functional position of `jenjang`
            (docs/domain.md §3.10): the jenjang's coefficient times the predikat's share
            (`appraisal.angka-kredit.*`: 150/100/75/50/25 per cent; Ahli Muda and Madya coefficients to be
            confirmed). Whoever may read the appraisal.""")
    @APIResponse(responseCode = "200", description = "The angka kredit.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "angka kredit", value = """
            {"appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "year": 2026, "predikat": "BAIK",
             "jenjang": "AHLI_PERTAMA", "coefficient": 12.5, "sharePercent": 100, "angkaKredit": 12.500}""")))
    @APIResponse(responseCode = "400", description = "`jenjang` missing or unknown.")
    @APIResponse(responseCode = "422", description = "Not a finalized annual appraisal.")
    public AngkaKredit angkaKredit(@PathParam("id") UUID id, @QueryParam("jenjang") @NotNull Jenjang jenjang) {
        return service.angkaKredit(id, jenjang);
    }

    @PUT
    @Idempotent
    @Path("{id}/rating")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Rate", description = """
            The pejabat penilai rates hasil kerja and perilaku kerja (DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,
            DI_ATAS_EKSPEKTASI), each with a justification of at least `appraisal.rating.justification-min-length`
            characters (20 by default) citing at least one piece of evidence. The predikat follows from the matrix of
            docs/domain.md §3.4. Rating again replaces the ratings until finalisation. Not after the period's
            `evaluationDueOn` (§3.3; 422 naming the deadline). When the period requires a trained rater
            (`raterTraining`, §3.4.2) and the pejabat penilai has completed no rater training in training-service,
            WARN rates and answers a `warnings` entry naming the missing training, REFUSE answers a 422 naming it.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "rating", value = RATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Rated, with any warning.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "untrained rater warned",
            value = RATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A rating, its justification or its evidence is missing or too short; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The appraisal changed since `version`.")
    @APIResponse(responseCode = "422", description = "The appraisal is finalized, the evaluation deadline has passed, a criterion is unpublished, or the period refuses an untrained rater (the detail names the missing training).")
    public AppraisalView rate(@PathParam("id") UUID id, @Valid @NotNull Rate request) {
        return service.rate(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/finalization")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Finalize", description = """
            The pejabat penilai finalizes a RATED appraisal: it is locked, the appraisee receives the result today
            (the objection window starts), and `asn.appraisal.finalized.v1` is published with revision 1. Not after
            the period's `evaluationDueOn` (docs/domain.md §3.3; 422 naming the deadline).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "finalize", value = VERSION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Finalized.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "appraisal", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The appraisal changed since `version`.")
    @APIResponse(responseCode = "422", description = "Not rated yet, already finalized, or the evaluation deadline has passed (the detail names it).")
    public AppraisalView finalize(@PathParam("id") UUID id, @Valid @NotNull Finalize request) {
        return service.finalize(id, request);
    }
}
