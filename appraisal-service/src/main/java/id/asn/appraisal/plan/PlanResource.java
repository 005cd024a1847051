package id.asn.appraisal.plan;

import id.asn.appraisal.plan.PlanViews.ChangeView;
import id.asn.appraisal.plan.PlanViews.CreatePlan;
import id.asn.appraisal.plan.PlanViews.EditPlan;
import id.asn.appraisal.plan.PlanViews.PlanView;
import id.asn.appraisal.plan.PlanViews.Step;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
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

/** Performance plans (SKP): drafted, agreed by both sides, locked for rating. */
@Path("/api/v1/performance-plans")
@Tag(name = "Performance plans", description = "The SKP of an employee for a period: RHK, IKI and targets, and the "
        + "BerAKHLAK expectations; draft, agreed by employee and pejabat penilai, locked; every change kept.")
public class PlanResource {

    static final String CONTENT_EXAMPLE = """
            {"workResults": [{"category": "UTAMA",
               "rhk": "Terselenggaranya layanan perizinan usaha yang cepat",
               "supervisorRhk": "Meningkatnya kualitas pelayanan perizinan",
               "indicators": [{"aspect": "KUANTITAS", "indicator": "Jumlah izin usaha yang diterbitkan", "target": "1200 izin"},
                              {"aspect": "WAKTU", "indicator": "Rata-rata waktu penerbitan izin", "target": "3 hari kerja"}]}],
             "expectations": [{"value": "BERORIENTASI_PELAYANAN", "ekspektasiKhusus": "Menjawab pengaduan dalam 1 hari"},
                              {"value": "AKUNTABEL", "ekspektasiKhusus": "Laporan bulanan tepat waktu"},
                              {"value": "KOMPETEN", "ekspektasiKhusus": "Mengikuti satu pelatihan teknis"},
                              {"value": "HARMONIS", "ekspektasiKhusus": "Membantu rekan saat beban puncak"},
                              {"value": "LOYAL", "ekspektasiKhusus": "Menjaga kerahasiaan data pemohon"},
                              {"value": "ADAPTIF", "ekspektasiKhusus": "Menguasai aplikasi OSS versi baru"},
                              {"value": "KOLABORATIF", "ekspektasiKhusus": "Berbagi data dengan bidang lain"}]}""";
    static final String CREATE_EXAMPLE = "{\"periodId\": \"5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71\", \"content\": "
            + CONTENT_EXAMPLE + "}";
    static final String VIEW_EXAMPLE = """
            {"id": "7d3b1c9e-2a4f-4e6b-8c0d-1f2e3a4b5c6d", "periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71",
             "nip": "199003152019032005", "unitId": "dpmptsp", "raterNip": "198005102005011003", "status": "DRAFT",
             "employeeAgreedAt": null, "raterAgreedAt": null, "lockedAt": null,
             "workResults": [{"id": "3e1f0a2b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", "category": "UTAMA",
               "rhk": "Terselenggaranya layanan perizinan usaha yang cepat",
               "supervisorRhk": "Meningkatnya kualitas pelayanan perizinan",
               "indicators": [{"id": "8a9b0c1d-2e3f-4a5b-8c7d-8e9f0a1b2c3d", "aspect": "KUANTITAS",
                               "indicator": "Jumlah izin usaha yang diterbitkan", "target": "1200 izin"}]}],
             "expectations": [{"value": "BERORIENTASI_PELAYANAN", "ekspektasiKhusus": "Menjawab pengaduan dalam 1 hari"}],
             "version": 0}""";
    static final String STEP_EXAMPLE = "{\"version\": 0}";

    private final PlanService service;

    @Inject
    PlanResource(PlanService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Draft a plan", description = """
            Drafts the SKP of one employee for a period (docs/domain.md §3.2): the employee's own (`nip` left out),
            or for `nip` by their pejabat penilai (the direct supervisor in the employee data) or hr-admin. hr-admin
            may name another pejabat penilai with `raterNip`. The content has at least one RHK `UTAMA`, each with
            indicators (IKI) per aspect and their targets, and the leader's expectation for each of the seven
            BerAKHLAK values. The service gives each RHK and indicator an `id`. One plan per employee and period.
            Send an `Idempotency-Key` to make retries safe.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "own plan", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Drafted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period, or an employee the caller does not rate.")
    @APIResponse(responseCode = "409", description = "The employee already has a plan for the period, or the Idempotency-Key was used with another body.")
    @APIResponse(responseCode = "422", description = "The employee is unknown or has no pejabat penilai.")
    public Response create(@Valid @NotNull CreatePlan request) {
        return Response.status(Response.Status.CREATED).entity(service.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List plans", description = "hr-admin: the agency's plans; anyone else: their own and "
            + "those they rate as pejabat penilai. Filter by `periodId` and `nip`; paged, by NIP.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid NIP or paging parameters.")
    public Page<PlanView> list(@QueryParam("periodId") UUID periodId,
                               @QueryParam("nip") @ValidNip String nip, @Valid @BeanParam PageRequest page) {
        return service.list(periodId, NipInput.normalise(nip), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read one plan", description = "The appraisee, their pejabat penilai and hr-admin; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The plan.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    public PlanView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Idempotent
    @Path("{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Edit a plan", description = """
            The appraisee or the pejabat penilai replaces the content of a plan that is not locked, against the
            `version` they read (409 `stale-version` otherwise). An agreed plan returns to DRAFT: both must agree
            again. Send back the `id` of each RHK and indicator that stays; new ones get an id. The change is kept
            in the history.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "edit", value = "{\"version\": 0, \"content\": " + CONTENT_EXAMPLE + "}")))
    @APIResponse(responseCode = "200", description = "Edited.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The plan changed since `version`.")
    @APIResponse(responseCode = "422", description = "The plan is locked.")
    public PlanView edit(@PathParam("id") UUID id, @Valid @NotNull EditPlan request) {
        return service.edit(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/agreement")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR})
    @Operation(summary = "Agree to a plan", description = "The appraisee or the pejabat penilai agrees to the plan "
            + "as it stands at `version`; once both have, it is AGREED. Not after the period's `planDueOn` "
            + "(docs/domain.md §3.3): the answer is a 422 naming the deadline.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "agree", value = STEP_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Agreed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The plan changed since `version`.")
    @APIResponse(responseCode = "422", description = "The plan is locked, or the period's plan agreement deadline has passed (the detail names it).")
    public PlanView agree(@PathParam("id") UUID id, @Valid @NotNull Step request) {
        return service.agree(id, request);
    }

    @POST
    @Idempotent
    @Path("{id}/lock")
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Lock a plan", description = "The pejabat penilai or hr-admin locks an AGREED plan: it is "
            + "then rated, and no longer edited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "lock", value = STEP_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Locked.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "plan", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The plan changed since `version`.")
    @APIResponse(responseCode = "422", description = "The plan is not AGREED.")
    public PlanView lock(@PathParam("id") UUID id, @Valid @NotNull Step request) {
        return service.lock(id, request);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "A plan's history", description = "Every change of the plan, oldest first: what was done, "
            + "when, by whom (the token's subject), and the content after it.")
    @APIResponse(responseCode = "200", description = "The changes.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "history", value = "[{\"action\": \"CREATED\", "
            + "\"at\": \"2026-01-05T02:10:00Z\", \"by\": \"asn-199003152019032005\", \"content\": "
            + CONTENT_EXAMPLE + "}]")))
    public List<ChangeView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }
}
