package id.asn.career.eligibility;

import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NIP;
import static id.asn.career.ApiDocs.NIP_EXAMPLE;
import static id.asn.career.ApiDocs.NOT_FOUND;

import id.asn.career.eligibility.EligibilityViews.Eligibility;
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

/** One employee's regular promotion eligibility. */
@Path("/api/v1/careers/{nip}/promotion-eligibility")
@Tag(name = "Promotion eligibility", description = "Regular promotion (KP reguler, docs/domain.md §5.2): every "
        + "condition, why it is unmet and when it will be met.")
public class EligibilityResource {

    static final String EXAMPLE = """
            {"nip":"199003152019032005","name":"Rina Marlina","on":"2027-04-01","currentRank":"III/b",
             "currentRankTmt":"2023-10-01","nextRank":"III/c","eligible":false,"eligibleFrom":"2027-10-01",
             "unmet":[{"condition":"TIME_IN_RANK","reason":"in rank III/b since 2023-10-01: 4 years are reached on 2027-10-01",
             "metOn":"2027-10-01"}]}""";

    private final EligibilityService service;

    @Inject
    EligibilityResource(EligibilityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Check regular promotion eligibility",
            description = "Evaluates KP reguler for a TMT: PNS pelaksana, 4 years in rank, annual predikat Baik or "
                    + "Sangat Baik in each of the last 2 years (the corrected result when an objection changed it), "
                    + "no disciplinary sentence running, next rank within the education ceiling, TMT on the first of "
                    + "a promotion period. Each unmet condition has a reason and `metOn`, the first period it will "
                    + "be met on where that is computable; `eligibleFrom` when all are. The employee's own, a "
                    + "supervisor's direct reports', anyone's for hr-admin; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The evaluation.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "not yet", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Eligibility check(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                             @Parameter(description = "The TMT to evaluate; the next promotion period when omitted.",
                                     example = "2027-04-01") @QueryParam("on") LocalDate on) {
        return service.of(NipInput.normalise(nip), on);
    }
}
