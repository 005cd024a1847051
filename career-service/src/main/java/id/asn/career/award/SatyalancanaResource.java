package id.asn.career.award;

import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NIP;
import static id.asn.career.ApiDocs.NIP_EXAMPLE;
import static id.asn.career.ApiDocs.NOT_FOUND;

import id.asn.career.award.AwardViews.SatyalancanaView;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Satyalancana Karya Satya eligibility of one employee. */
@Path("/api/v1/careers/{nip}/satyalancana")
@Tag(name = "Awards")
public class SatyalancanaResource {

    private final AwardService service;

    @Inject
    SatyalancanaResource(AwardService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Check Satyalancana Karya Satya eligibility",
            description = "Days of service on `on` from the service start (TMT CPNS), the days of excluded "
                    + "disciplinary periods, and for X, XX and XXX the day the step is reached. Visible like the "
                    + "career record; 422 when the service start is unknown.")
    @APIResponse(responseCode = "200", description = "The evaluation.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "X reached", value = """
            {"nip":"199003152019032005","on":"2029-08-17","serviceStart":"2019-03-01","serviceDays":3822,
             "excludedDays":0,"steps":[{"awardType":"SATYALANCANA_KARYA_SATYA_X","years":10,"reachedOn":"2029-03-01",
             "eligible":true},{"awardType":"SATYALANCANA_KARYA_SATYA_XX","years":20,"reachedOn":"2039-03-01",
             "eligible":false},{"awardType":"SATYALANCANA_KARYA_SATYA_XXX","years":30,"reachedOn":"2049-03-01",
             "eligible":false}]}""")))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "The service start is not known.")
    public SatyalancanaView check(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                                  @Parameter(description = "The day to evaluate; today when omitted.",
                                          example = "2029-08-17") @QueryParam("on") LocalDate on) {
        return service.satyalancana(NipInput.normalise(nip), on);
    }
}
