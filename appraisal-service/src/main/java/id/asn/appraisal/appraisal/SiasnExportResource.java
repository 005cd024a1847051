package id.asn.appraisal.appraisal;

import id.asn.appraisal.appraisal.SiasnViews.KinerjaPeriodik;
import id.asn.appraisal.appraisal.SiasnViews.Skp22;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A period's finalized results in SIASN's field names, for the agency's HR unit to send on. */
@Path("/api/v1/siasn-exports")
@Tag(name = "SIASN export", description = "Finalized annual (skp22) and periodic (kinerjaperiodik) results in "
        + "SIASN's field names, as JSON pages or CSV (docs/domain.md §3.3).")
public class SiasnExportResource {

    static final String CSV = "text/csv";
    static final String SKP22_EXAMPLE = """
            {"nip": "199003152019032005", "tahun": 2026, "hasilKinerjaNilai": 1, "perilakuKerjaNilai": 2,
             "kuadranKinerjaNilai": 2, "penilaiNipNrp": "198005102005011003", "penilaiNama": "Rahmat Hidayat",
             "penilaiUnorNama": "Bidang Perizinan", "penilaiGolongan": "III/d", "penilaiJabatan": "Kepala Bidang Perizinan",
             "statusPenilai": "ASN", "pnsDinilaiOrang": null}""";
    static final String PERIODIK_EXAMPLE = """
            {"nip": "199003152019032005", "tahun": 2026, "bulanMulaiPenilaian": 1, "bulanSelesaiPenilaian": 3,
             "tahunMulaiPenilaian": 2026, "tahunSelesaiPenilaian": 2026, "periodikId": null, "koefisienId": null,
             "hasilKinerjaNilai": 2, "perilakuKerjaNilai": 2, "kuadranKinerjaNilai": 2,
             "penilaiNipNrp": "198005102005011003", "penilaiNama": "Rahmat Hidayat",
             "penilaiUnorNama": "Bidang Perizinan", "penilaiGolongan": "III/d", "penilaiJabatan": "Kepala Bidang Perizinan",
             "statusPenilai": "ASN", "pnsDinilaiOrang": null}""";
    static final String SKP22_CSV = """
            nip,tahun,hasilKinerjaNilai,perilakuKerjaNilai,kuadranKinerjaNilai,penilaiNipNrp,penilaiNama,penilaiUnorNama,penilaiGolongan,penilaiJabatan,statusPenilai,pnsDinilaiOrang
            199003152019032005,2026,1,2,2,198005102005011003,Rahmat Hidayat,Bidang Perizinan,III/d,Kepala Bidang Perizinan,ASN,
            """;
    static final String PERIODIK_CSV = """
            nip,tahun,bulanMulaiPenilaian,bulanSelesaiPenilaian,tahunMulaiPenilaian,tahunSelesaiPenilaian,periodikId,koefisienId,hasilKinerjaNilai,perilakuKerjaNilai,kuadranKinerjaNilai,penilaiNipNrp,penilaiNama,penilaiUnorNama,penilaiGolongan,penilaiJabatan,statusPenilai,pnsDinilaiOrang
            199003152019032005,2026,1,3,2026,2026,,,2,2,2,198005102005011003,Rahmat Hidayat,Bidang Perizinan,III/d,Kepala Bidang Perizinan,ASN,
            """;
    private static final String FIELDS = """
            Only FINALIZED appraisals, as corrected by a decided objection. `*Nilai` are SIASN's integer codes from
            `appraisal.siasn.rating-code.*` and `appraisal.siasn.kuadran-code.*` (UNVERIFIED defaults; set them from
            SIASN's reference tables). `nip` is not a SIASN field: it is the key by which the integration finds
            `pnsDinilaiOrang`. `penilaiGolongan` and `penilaiJabatan` are the rater's rank and position title as master
            data last sent them. `periodikId`, `koefisienId` and `pnsDinilaiOrang` are SIASN's own ids, not held here,
            and are null (empty in CSV). hr-admin only; another agency's period is 404.""";

    private final SiasnExportService service;

    @Inject
    SiasnExportResource(SiasnExportService service) {
        this.service = service;
    }

    @GET
    @Path("skp22")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Annual results as SIASN skp22 (JSON)", description = """
            The period's finalized ANNUAL results, one row per appraisal in SIASN's `skp22` field names, by NIP,
            paged (`page`, `size` up to 200). The field mapping is in docs/domain.md §3.3.\n""" + FIELDS)
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + SKP22_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "`periodId` is missing or the paging parameters are invalid; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    public Page<Skp22> skp22(@QueryParam("periodId") @NotNull UUID periodId, @Valid @BeanParam PageRequest page) {
        return service.skp22(periodId, page);
    }

    @GET
    @Path("skp22.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Annual results as SIASN skp22 (CSV)", description = """
            The same rows as `GET /api/v1/siasn-exports/skp22`, all of the period in one CSV (UTF-8, comma, header
            row of SIASN's field names), written as it is read, in batches of 500.\n""" + FIELDS)
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = CSV,
            examples = @ExampleObject(name = "csv", value = SKP22_CSV)))
    @APIResponse(responseCode = "400", description = "`periodId` is missing; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    public Response skp22Csv(@QueryParam("periodId") @NotNull UUID periodId) {
        return csv("skp22", periodId, service::writeSkp22);
    }

    @GET
    @Path("kinerjaperiodik")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Periodic results as SIASN kinerjaperiodik (JSON)", description = """
            The period's finalized PERIODIC results (each month or quarter), one row per appraisal in SIASN's
            `kinerjaperiodik` field names, by NIP and period number, paged (`page`, `size` up to 200). The field
            mapping is in docs/domain.md §3.3.\n""" + FIELDS)
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + PERIODIK_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "`periodId` is missing or the paging parameters are invalid; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    public Page<KinerjaPeriodik> kinerjaPeriodik(@QueryParam("periodId") @NotNull UUID periodId,
                                                 @Valid @BeanParam PageRequest page) {
        return service.kinerjaPeriodik(periodId, page);
    }

    @GET
    @Path("kinerjaperiodik.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Periodic results as SIASN kinerjaperiodik (CSV)", description = """
            The same rows as `GET /api/v1/siasn-exports/kinerjaperiodik`, all of the period in one CSV (UTF-8,
            comma, header row of SIASN's field names), written as it is read, in batches of 500.\n""" + FIELDS)
    @APIResponse(responseCode = "200", description = "The CSV.", content = @Content(mediaType = CSV,
            examples = @ExampleObject(name = "csv", value = PERIODIK_CSV)))
    @APIResponse(responseCode = "400", description = "`periodId` is missing; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    public Response kinerjaPeriodikCsv(@QueryParam("periodId") @NotNull UUID periodId) {
        return csv("kinerjaperiodik", periodId, service::writeKinerjaPeriodik);
    }

    // the period is checked before the first byte, so that a refusal is still a problem+json and not a cut CSV
    private Response csv(String name, UUID periodId, BiConsumer<UUID, Writer> rows) {
        UUID period = service.requirePeriod(periodId);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            rows.accept(period, writer);
            writer.flush();
        };
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "-" + period + ".csv\"")
                .build();
    }
}
