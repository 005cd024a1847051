package id.asn.career.talent;

import static id.asn.career.ApiDocs.END_OF_PAGE;
import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NOT_FOUND;
import static id.asn.career.ApiDocs.PAGE_OF;

import id.asn.career.talent.TalentViews.Grid;
import id.asn.career.talent.TalentViews.PlacementView;
import id.asn.career.talent.TalentViews.Recomputed;
import id.asn.career.talent.TalentViews.SchemeRequest;
import id.asn.career.talent.TalentViews.SchemeView;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.IdempotencyExempt;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's talent review of a year: its scheme, the placements and the grid. */
@Path("/api/v1/talent-reviews/{year}")
@Tag(name = "Talent 9-box", description = "Kinerja from annual appraisals, potential from competency (JPM), "
        + "training and awards under the agency's scheme of the year (docs/domain.md §4.3–§4.4).")
public class TalentReviewResource {

    static final String PLACEMENT_EXAMPLE = """
            {"nip":"199003152019032005","name":"Rina Marlina","year":2026,"box":8,"kinerja":"SESUAI_EKSPEKTASI",
             "potensial":"TINGGI","potentialScore":86.00,"reason":"kinerja SESUAI_EKSPEKTASI from the 2026 annual predikat BAIK; potential 86.00 = competency JPM 90.00 × 0.60 + training 20 of 20 JP (100.00) × 0.25 + award 0 × 0.15, TINGGI (MENENGAH from 60, TINGGI from 80): box 8",
             "recommendedActions":["Dipertahankan","Kelompok Rencana Suksesi Instansi","Rotasi/perluasan jabatan","Bimbingan kinerja"]}""";
    private static final String SCHEME_EXAMPLE = """
            {"year":2026,"source":"AGENCY","competencyWeight":0.5,"trainingWeight":0.3,"awardWeight":0.2,
             "mediumFrom":60,"highFrom":80}""";
    private static final String YEAR = "The appraisal year of the review.";

    private final TalentService service;

    @Inject
    TalentReviewResource(TalentService service) {
        this.service = service;
    }

    @GET
    @Path("scheme")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Read the 9-box scheme of a year",
            description = "The weights and cut-offs in force for the year: the agency's own (`source` AGENCY) or the "
                    + "configured defaults (DEFAULT).")
    @APIResponse(responseCode = "200", description = "The scheme.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scheme", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public SchemeView scheme(@Parameter(description = YEAR, example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return service.scheme(year);
    }

    @PUT
    @Idempotent
    @Path("scheme")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Set the 9-box scheme of a year",
            description = "The agency's weights of the potential score (competency, training, awards; adding up to "
                    + "1) and its cut-offs on 0..100 (MENENGAH from `mediumFrom`, TINGGI from `highFrom`, both "
                    + "inclusive). Other years keep theirs. Recompute the year to apply it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scheme",
            value = "{\"competencyWeight\":0.5,\"trainingWeight\":0.3,\"awardWeight\":0.2,\"mediumFrom\":60,"
                    + "\"highFrom\":80}")))
    @APIResponse(responseCode = "200", description = "Set.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scheme", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also weights not adding up to 1, or cut-offs out of "
            + "order.")
    public SchemeView setScheme(@Parameter(description = YEAR, example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year,
                                @Valid @NotNull SchemeRequest request) {
        return service.setScheme(year, request);
    }

    @POST
    @IdempotencyExempt("Recomputes the year's 9-box from the current data in slices committed on their own; a repeated call completes an interrupted run and announces only changed boxes.")
    @Path("recompute")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Recompute the agency's 9-box for a year",
            description = "Places every active employee with an annual appraisal of the year under the year's "
                    + "scheme; each changed box is audited and published as `career.talent-box-changed`, an "
                    + "unchanged box is not announced again. The agency is placed in slices of 5,000 employees, "
                    + "each committed on its own with its events: a run interrupted part-way (no 200) leaves "
                    + "some slices placed anew and the others as before, and repeating the call completes it. "
                    + "Placements also follow each new appraisal, training or competency result as it arrives.")
    @APIResponse(responseCode = "200", description = "Recomputed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "done", value = """
            {"year":2026,"placed":812,"changed":37,"withoutAnnualAppraisal":15}""")))
    @APIResponse(responseCode = "400", description = INVALID)
    public Recomputed recompute(@Parameter(description = YEAR, example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return service.recompute(year);
    }

    @GET
    @Path("placements")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "List 9-box placements",
            description = "Placements of the year by box (9 first), each with its reason and the recommended "
                    + "follow-up: hr-admin the agency's, a supervisor their own and their direct reports', an "
                    + "employee their own.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = PAGE_OF + PLACEMENT_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<PlacementView> placements(@Parameter(description = YEAR, example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year,
                                          @Parameter(description = "Only this box.") @QueryParam("box") @Min(1) @Max(9) Integer box,
                                          @Valid @BeanParam PageRequest page) {
        return service.placements(year, box, page);
    }

    @GET
    @Path("grid")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Count per box",
            description = "The agency's nine boxes of the year with kinerja, potential and the number placed.")
    @APIResponse(responseCode = "200", description = "The grid.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "grid", value = """
            {"year":2026,"total":3,"cells":[{"box":1,"kinerja":"DI_BAWAH_EKSPEKTASI","potensial":"RENDAH","count":1},
             {"box":9,"kinerja":"DI_ATAS_EKSPEKTASI","potensial":"TINGGI","count":2}]}""")))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Grid grid(@Parameter(description = YEAR, example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return service.grid(year);
    }

    @GET
    @Path("grid.png")
    @Produces("image/png")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Draw the 9-box",
            description = "The agency's nine boxes of the year as a PNG picture: kinerja up, potential to the "
                    + "right, the box number and the count placed in each, the succession pool shaded.")
    @APIResponse(responseCode = "200", description = "The picture.", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "picture", summary = "A 650×670 PNG of the grid",
                    externalValue = "https://asn.local/docs/nine-box-example.png")))
    @APIResponse(responseCode = "400", description = INVALID)
    public byte[] picture(@Parameter(description = YEAR, example = "2026") @PathParam("year") @Min(2000) @Max(2100) int year) {
        return service.picture(year);
    }
}
