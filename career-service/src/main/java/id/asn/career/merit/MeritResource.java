package id.asn.career.merit;

import static id.asn.career.ApiDocs.INVALID;

import id.asn.career.merit.MeritViews.AgencyFigures;
import id.asn.career.merit.MeritViews.NationalFigures;
import id.asn.career.merit.MeritViews.Rebuilt;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.IdempotencyExempt;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The merit figures of the agency and the national aggregate. */
@Path("/api/v1/merit-figures")
@Tag(name = "Merit figures", description = "The measurable parts of the merit-system aspects per agency and "
        + "nationally, from a pre-aggregate kept up by the events career-service receives (docs/domain.md §4.6.1).")
public class MeritResource {

    private static final String FIGURES = """
            [{"figure":"POSITIONS_WITH_COMPETENCY_STANDARD","numerator":41,"denominator":52,"percent":78.85,
              "definition":"positions held by an active employee that competency-service has measured someone against (a gap-changed event named them), of all positions held"},
             {"figure":"ASN_WITH_CURRENT_ASSESSMENT","numerator":610,"denominator":812,"percent":75.12,
              "definition":"active employees whose latest uncorrected assessment is valid on the day, of all active employees"},
             {"figure":"JP_COMPLIANCE","numerator":540,"denominator":812,"percent":66.50,
              "definition":"active employees with at least the yearly JP minimum completed in the year, of all active employees"},
             {"figure":"APPRAISAL_COMPLETION","numerator":797,"denominator":812,"percent":98.15,
              "definition":"active employees with a finalised annual appraisal of the year, of all active employees"},
             {"figure":"VACANCIES_FILLED_BY_OPEN_SELECTION","numerator":3,"denominator":4,"percent":75.00,
              "definition":"appointments in the year to a position of the open-selection classes whose appointee was a candidate of a published open selection for that position, of all such appointments"},
             {"figure":"PROMOTIONS_ON_TIME","numerator":0,"denominator":0,
              "definition":"regular promotions taking effect in the year no later than the first period on which the years in rank were complete (plus the grace), of all regular promotions of the year"}]""";
    private static final String AGENCY_EXAMPLE = "{\"agency\":\"palembang\",\"year\":2026,\"on\":\"2026-12-01\","
            + "\"figures\":" + FIGURES + "}";
    private static final String YEAR = "The year of the per-year figures; the current year when absent.";
    private static final String ON = "The day that decides which assessments are current; today when absent.";

    private final MeritService service;

    @Inject
    MeritResource(MeritService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "The agency's merit figures",
            description = "Six figures, each a numerator over a denominator with the share in percent (absent when "
                    + "there is nothing to count) and what it counts. They follow every event and entry as it "
                    + "arrives; facts recorded before the figures existed count after a rebuild.")
    @APIResponse(responseCode = "200", description = "The figures.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "agency", value = AGENCY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public AgencyFigures agency(@Parameter(description = YEAR, example = "2026") @QueryParam("year") @Min(2000)
                                @Max(2100) Integer year,
                                @Parameter(description = ON, example = "2026-12-01") @QueryParam("on") LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now();
        return service.agency(year != null ? year : day.getYear(), day);
    }

    @GET
    @Path("national")
    @RolesAllowed(Roles.NATIONAL_VIEWER)
    @Operation(summary = "The national merit figures",
            description = "The sum of every agency's tallies, and each agency's figures: counts and shares only, "
                    + "no person. Read from the pre-aggregate (a few rows per agency), never from the employees.")
    @APIResponse(responseCode = "200", description = "The national aggregate.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "national", value =
            "{\"year\":2026,\"on\":\"2026-12-01\",\"agencies\":1,\"figures\":" + FIGURES + ",\"byAgency\":["
                    + AGENCY_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", description = INVALID)
    public NationalFigures national(@Parameter(description = YEAR, example = "2026") @QueryParam("year") @Min(2000)
                                    @Max(2100) Integer year,
                                    @Parameter(description = ON, example = "2026-12-01") @QueryParam("on")
                                    LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now();
        return service.national(year != null ? year : day.getYear(), day);
    }

    @POST
    @IdempotencyExempt("Recounts the figures from the facts held; a repeated call changes no tally.")
    @Path("rebuild")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Recount the agency's merit figures",
            description = "Recounts every employee and position of the agency from the facts career-service "
                    + "holds: for facts that arrived before the figures existed, or to check the pre-aggregate. "
                    + "Safe to repeat: an unchanged fact changes no tally.")
    @APIResponse(responseCode = "200", description = "Recounted.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "done", value = """
            {"employees":812,"positions":52}""")))
    @APIResponse(responseCode = "400", description = INVALID)
    public Rebuilt rebuild() {
        return service.rebuild();
    }
}
