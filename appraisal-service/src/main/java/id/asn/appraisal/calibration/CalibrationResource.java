package id.asn.appraisal.calibration;

import id.asn.appraisal.calibration.CalibrationViews.Adjust;
import id.asn.appraisal.calibration.CalibrationViews.CalibrationView;
import id.asn.appraisal.calibration.CalibrationViews.ChangeView;
import id.asn.appraisal.calibration.CalibrationViews.FinalizeUnit;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calibration of a unit's annual appraisals against the curve of its capaian (docs/domain.md §3.5); hr-admin only. */
@Path("/api/v1/calibrations")
@Tag(name = "Calibration", description = "A unit's predikat distribution against the distribution curve its capaian "
        + "kinerja organisasi selects: warnings, changes kept with the original rating, settlement with justification.")
public class CalibrationResource {

    static final String VIEW_EXAMPLE = """
            {"periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "unitId": "dpmptsp", "capaian": "BAIK",
             "tolerancePoints": 10, "rated": 4, "unrated": 0,
             "distribution": [
               {"predikat": "SANGAT_BAIK", "count": 2, "actualPercent": 50.0, "curvePercent": 15,
                "differencePoints": 35.0, "outsideTolerance": true},
               {"predikat": "BAIK", "count": 2, "actualPercent": 50.0, "curvePercent": 65,
                "differencePoints": -15.0, "outsideTolerance": true},
               {"predikat": "BUTUH_PERBAIKAN", "count": 0, "actualPercent": 0.0, "curvePercent": 15,
                "differencePoints": -15.0, "outsideTolerance": true},
               {"predikat": "KURANG_MISCONDUCT", "count": 0, "actualPercent": 0.0, "curvePercent": 5,
                "differencePoints": -5.0, "outsideTolerance": false},
               {"predikat": "SANGAT_KURANG", "count": 0, "actualPercent": 0.0, "curvePercent": 0,
                "differencePoints": 0.0, "outsideTolerance": false}],
             "largestDifference": 35.0, "outsideCurve": true,
             "warnings": ["SANGAT_BAIK: 50.0 % against 15 % of the curve (+35.0 points)"],
             "appraisals": [{"appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "nip": "199003152019032005",
               "name": "Rina Marlina", "status": "RATED", "hasilKerja": "SESUAI_EKSPEKTASI",
               "perilakuKerja": "SESUAI_EKSPEKTASI", "predikat": "BAIK", "originalPredikat": "SANGAT_BAIK"}],
             "finalized": null}""";
    static final String CHANGE_EXAMPLE = """
            {"id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f",
             "hasilBefore": "DI_ATAS_EKSPEKTASI", "perilakuBefore": "DI_ATAS_EKSPEKTASI", "predikatBefore": "SANGAT_BAIK",
             "hasilAfter": "SESUAI_EKSPEKTASI", "perilakuAfter": "DI_ATAS_EKSPEKTASI", "predikatAfter": "BAIK",
             "reason": "Realisasi 1.050 izin di bawah target 1.200; bukti tidak mendukung Di Atas.",
             "changedBy": "hr-sawahlunto", "changedAt": "2027-01-12T03:00:00Z"}""";

    private final CalibrationService service;

    @Inject
    CalibrationResource(CalibrationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "A unit against its distribution curve", description = """
            The unit's rated annual appraisals of the period: per predikat the count, the share, the share the curve of
            the unit's capaian kinerja organisasi expects (`appraisal.calibration.curve.*`, UNVERIFIED defaults) and the
            difference in percentage points, a warning for each beyond `appraisal.calibration.tolerance-points` (10),
            the appraisals with the pejabat penilai's original predikat where calibration changed it, and the
            settlement once finalized (docs/domain.md §3.5).""")
    @APIResponse(responseCode = "200", description = "The comparison.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "calibration", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    @APIResponse(responseCode = "422", description = "The unit's capaian kinerja organisasi is not recorded.")
    public CalibrationView view(@QueryParam("periodId") @NotNull UUID periodId,
                                @QueryParam("unitId") @NotBlank String unitId) {
        return service.view(periodId, unitId);
    }

    @GET
    @Path("chart.png")
    @Produces("image/png")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Draw a unit against its curve", description = """
            The same comparison as a PNG bar chart (900×520, drawn with JFreeChart): per predikat the unit's share
            next to the curve's, in per cent.""")
    @APIResponse(responseCode = "200", description = "The chart.", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "chart", summary = "A 900×520 PNG bar chart",
                    externalValue = "https://asn.local/docs/calibration-chart-example.png")))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    @APIResponse(responseCode = "422", description = "The unit's capaian kinerja organisasi is not recorded.")
    public byte[] chart(@QueryParam("periodId") @NotNull UUID periodId, @QueryParam("unitId") @NotBlank String unitId) {
        return service.chart(periodId, unitId);
    }

    @POST
    @Idempotent
    @Path("adjustments")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Change a rating in calibration", description = """
            Sets new hasil kerja and perilaku kerja ratings of a RATED annual appraisal, with a reason of at least
            `appraisal.calibration.justification-min-length` (20) characters. The pejabat penilai's own ratings are
            kept on the appraisal (`beforeCalibration`) and the change with its reason and author in the calibration
            record; the pejabat penilai no longer re-rates it. A unit head's hasil kerja still follows the unit's
            capaian (docs/domain.md §3.4).""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "adjust",
            value = """
                    {"appraisalId": "2c9d4e1f-8a7b-4c6d-9e0f-1a2b3c4d5e6f", "hasilKerja": "SESUAI_EKSPEKTASI",
                     "perilakuKerja": "DI_ATAS_EKSPEKTASI",
                     "reason": "Realisasi 1.050 izin di bawah target 1.200; bukti tidak mendukung Di Atas."}""")))
    @APIResponse(responseCode = "200", description = "Changed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "change", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing, the reason too short, or a unit head's hasil kerja does not follow the unit; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such appraisal in the agency.")
    @APIResponse(responseCode = "422", description = "Not a RATED annual appraisal, or the ratings are unchanged.")
    public ChangeView adjust(@Valid @NotNull Adjust request) {
        return service.adjust(request);
    }

    @GET
    @Path("adjustments")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Changes calibration made in a unit", description = "Every change, oldest first, with the "
            + "ratings before and after, the reason, who and when.")
    @APIResponse(responseCode = "200", description = "The changes.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "changes",
            value = "[" + CHANGE_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "`periodId` or `unitId` missing.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    public List<ChangeView> changes(@QueryParam("periodId") @NotNull UUID periodId,
                                    @QueryParam("unitId") @NotBlank String unitId) {
        return service.changes(periodId, unitId);
    }

    @POST
    @Idempotent
    @Path("finalization")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Settle a unit's calibration", description = """
            Keeps the comparison as it stands and finalizes every RATED annual appraisal of the unit (each published
            as `asn.appraisal.finalized.v1`, revision 1). Every annual appraisal of the unit must be rated. Outside the
            curve a `justification` of at least `appraisal.calibration.justification-min-length` (20) characters is
            required (400 naming it, with the largest difference); inside it none is needed. Once per unit and period.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "finalize",
            value = """
                    {"periodId": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "unitId": "dpmptsp",
                     "justification": "Dua pegawai menuntaskan digitalisasi izin; bukti realisasi 140 % target."}""")))
    @APIResponse(responseCode = "200", description = "Settled.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "calibration", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing, or the unit lies outside the curve without a justification; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    @APIResponse(responseCode = "422", description = "No capaian recorded, an annual appraisal still unrated, none rated, or already settled.")
    public CalibrationView finalize(@Valid @NotNull FinalizeUnit request) {
        return service.finalize(request);
    }
}
