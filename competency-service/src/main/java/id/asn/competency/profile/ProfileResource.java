package id.asn.competency.profile;

import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.profile.ProfileViews.ProfileView;
import id.asn.platform.kit.caller.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An employee's competency profile: standard, current levels, gaps, JPM and the evidence behind them. */
@Path("/api/v1/employees/{nip}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles and gaps", description = "Profiles against the position's standard, gap reports, job fit.")
public class ProfileResource {

    private static final String EXAMPLE = """
            {"nip":"198609262015051001","name":"Budi Santoso","positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809",
             "positionTitle":"Kepala Bagian Keuangan","standardEffectiveFrom":"2026-01-01","jpm":92.59,
             "jpmCategory":"OPTIMAL","lines":[{"competencyCode":"M2","competencyName":"Kerja Sama","kind":"MANAJERIAL",
             "requiredLevel":3,"currentLevel":2.50,"gap":0.50,"inDevelopment":true,"basedOn":{"assessmentId":
             "0b5a7c1e-2f3d-4e5a-8b9c-1d2e3f4a5b6c","method":"ASSESSMENT_CENTRE","assessedOn":"2026-03-10",
             "validUntil":"2029-03-10"}}],"assessments":[],"trainings":[],"appraisals":[]}""";

    private final ProfileService service;

    @Inject
    ProfileResource(ProfileService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Competency profile and gaps",
            description = "Per competency of the position's standard in force today: required level, current level "
                    + "(by the evidence rule, see README), gap (positive = development need) and whether a "
                    + "completed training is developing it; the JPM (Σ current ÷ Σ required × 100, not capped) "
                    + "with its configured category; and the evidence: assessments, completed trainings, "
                    + "appraisal results. Employees see their own, supervisors their direct reports', hr-admin "
                    + "the agency's.")
    @APIResponse(responseCode = "200", description = "The profile.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfileView.class),
            examples = @ExampleObject(name = "administrator", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public ProfileView profile(@PathParam("nip") @Parameter(example = "198609262015051001") String nip) {
        return service.profile(nip);
    }
}
