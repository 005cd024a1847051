package id.asn.appraisal.bias;

import id.asn.appraisal.bias.RaterBiasViews.RaterBias;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The rater bias report (docs/domain.md §3.5); hr-admin only. */
@Path("/api/v1/rater-bias")
@Tag(name = "Rater bias", description = "Per pejabat penilai: the predikats they gave against their unit's and the "
        + "agency's, leniency or severity, and how many of their ratings calibration changed.")
public class RaterBiasResource {

    private final RaterBiasService service;

    @Inject
    RaterBiasResource(RaterBiasService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Rater bias report of a period", description = """
            One row per pejabat penilai and unit of the period's rated annual appraisals, by NIP (docs/domain.md
            §3.5). `rater`, `unit` and `agency` are the spreads of the predikats the raters gave, before calibration
            (counts, per cent, mean score Sangat Baik 5 ... Sangat Kurang 1). `leniencyVsCalibration`: the mean of
            the rater's predikat score minus the calibrated one (positive: lenient). `leniencyVsOtherRaters`: the mean
            of the rater's perilaku kerja score minus the mean input of the peers and subordinates on the same people
            (1 to 3, only groups that reach their minimum; null when none), over `peopleComparedWithOtherRaters`.
            `changedByCalibration`: how many of the rater's ratings calibration changed. Paged.""")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
            {"items": [{"raterNip": "198005102005011003", "raterName": "Budi Santoso", "unitId": "dpmptsp",
               "rater": {"appraisals": 4, "counts": {"SANGAT_BAIK": 3, "BAIK": 1, "BUTUH_PERBAIKAN": 0,
                 "KURANG_MISCONDUCT": 0, "SANGAT_KURANG": 0}, "percent": {"SANGAT_BAIK": 75.0, "BAIK": 25.0,
                 "BUTUH_PERBAIKAN": 0.0, "KURANG_MISCONDUCT": 0.0, "SANGAT_KURANG": 0.0}, "meanScore": 4.75},
               "unit": {"appraisals": 10, "counts": {"SANGAT_BAIK": 3, "BAIK": 6, "BUTUH_PERBAIKAN": 1,
                 "KURANG_MISCONDUCT": 0, "SANGAT_KURANG": 0}, "percent": {"SANGAT_BAIK": 30.0, "BAIK": 60.0,
                 "BUTUH_PERBAIKAN": 10.0, "KURANG_MISCONDUCT": 0.0, "SANGAT_KURANG": 0.0}, "meanScore": 4.20},
               "agency": {"appraisals": 120, "counts": {"SANGAT_BAIK": 18, "BAIK": 84, "BUTUH_PERBAIKAN": 15,
                 "KURANG_MISCONDUCT": 2, "SANGAT_KURANG": 1}, "percent": {"SANGAT_BAIK": 15.0, "BAIK": 70.0,
                 "BUTUH_PERBAIKAN": 12.5, "KURANG_MISCONDUCT": 1.7, "SANGAT_KURANG": 0.8}, "meanScore": 3.98},
               "leniencyVsCalibration": 0.50, "leniencyVsOtherRaters": 0.67, "peopleComparedWithOtherRaters": 3,
               "changedByCalibration": 2}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}""")))
    @APIResponse(responseCode = "400", description = "`periodId` missing, or invalid paging parameters.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    public Page<RaterBias> report(@QueryParam("periodId") @NotNull UUID periodId, @Valid @BeanParam PageRequest page) {
        return service.report(periodId, page);
    }
}
