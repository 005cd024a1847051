package id.asn.training.effectiveness;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.effectiveness.EffectivenessService.Ranking;
import id.asn.training.effectiveness.EffectivenessViews.InstitutionEffect;
import id.asn.training.effectiveness.EffectivenessViews.ProgramEffect;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether the agency's programmes and partner institutions work (docs/domain.md §2.8). */
@Path("/api/v1/effectiveness")
@RolesAllowed(Roles.HR_ADMIN)
@Tag(name = "Programme effectiveness", description = "Reaction, learning, application at work and the gap closed "
        + "against a comparable group, per programme and per partner institution.")
public class EffectivenessResource {

    private static final String SORTS = "gapEffect|participantChange|reaction|learning|name";
    private static final String FIGURES = """
            "participants": 12, "completed": 11,
            "reaction": {"responses": 10, "overall": 4.36},
            "learning": {"withBothTests": 11, "averageGain": 24.50, "averageNormalizedGain": 0.4821},
            "application": {"status": "MEASURED", "rated": 8, "appliedShare": 0.75},
            "gap": {"pairs": 18, "participantChange": 0.83, "matchedPairs": 18, "comparisonChange": 0.14,
                    "effect": 0.69}""";
    private static final String EXPLAINED = """
             Gap change is in competency levels: the gap last observed before each participant's enrolment minus
             their latest gap, for every competency the programme targets where that gap was above 0; the
             comparable group is the active employees not enrolled in the programme whose gap on the same
             competency was in the same band (⌈gap⌉) at the same moment, measured over the same span; `effect` is
             the participants' change minus their group's. Application at work is the share of the answered
             follow-up lines (docs/domain.md §2.7) that say APPLIED, `NOT_YET_MEASURED` until a supervisor
             answers. Figures are null when there is nothing to measure. Sessions count in the year of their last
             meeting; all years when `year` is omitted.""";

    private final EffectivenessService service;

    @Inject
    EffectivenessResource(EffectivenessService service) {
        this.service = service;
    }

    @GET
    @Path("programs")
    @Operation(summary = "Effectiveness per programme", description = "Every programme of the agency with its "
            + "partner institution, best gap effect first unless `sort` says otherwise." + EXPLAINED)
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = """
            {"items": [{"programId": "0b8e3a5c-7d43-4f0e-9a7e-2c1d9b8f6a11",
                        "programTitle": "Pelatihan Manajerial Pengambilan Keputusan",
                        "institutionId": "5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d",
                        "institutionName": "BPSDM Provinsi Sumatera Selatan",""" + FIGURES + """
            }], "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}""")))
    @APIResponse(responseCode = "400", description = "`year`, `sort` or a paging parameter is invalid; `errors` names it.")
    public Page<ProgramEffect> programs(@Parameter(description = "Calendar year of the sessions' last meeting.")
                                        @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                        @Parameter(description = "Order: " + SORTS + " (highest first).")
                                        @QueryParam("sort") @DefaultValue("gapEffect") @Pattern(regexp = SORTS)
                                        String sort,
                                        @Valid @BeanParam PageRequest page) {
        return service.programs(year, ranking(sort), page);
    }

    @GET
    @Path("institutions")
    @Operation(summary = "Effectiveness per partner institution", description = "The institution's programmes "
            + "pooled by participant: which partners' programmes actually close gaps, best first." + EXPLAINED)
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = """
            {"items": [{"institutionId": "5d2c1b0a-9e8f-4a7b-8c6d-1e2f3a4b5c6d",
                        "institutionName": "BPSDM Provinsi Sumatera Selatan", "programs": 2,""" + FIGURES + """
            }], "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}""")))
    @APIResponse(responseCode = "400", description = "`year`, `sort` or a paging parameter is invalid; `errors` names it.")
    public Page<InstitutionEffect> institutions(@Parameter(description = "Calendar year of the sessions' last meeting.")
                                                @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                                @Parameter(description = "Order: " + SORTS + " (highest first).")
                                                @QueryParam("sort") @DefaultValue("gapEffect")
                                                @Pattern(regexp = SORTS) String sort,
                                                @Valid @BeanParam PageRequest page) {
        return service.institutions(year, ranking(sort), page);
    }

    @GET
    @Path("institutions/chart.png")
    @Produces("image/png")
    @Operation(summary = "Draw the institutions' gap effect", description = """
            The institutions with a comparable group as a PNG bar chart (900×560, drawn with JFreeChart), best
            gap effect first, at most 12: per institution how far its participants' gaps narrowed next to how far
            the comparable groups' did, in levels.""")
    @APIResponse(responseCode = "200", description = "The chart.", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "chart", summary = "A 900×560 PNG bar chart",
                    externalValue = "https://asn.local/docs/effectiveness-chart-example.png")))
    @APIResponse(responseCode = "400", description = "`year` is invalid; `errors` names it.")
    public byte[] institutionChart(@Parameter(description = "Calendar year of the sessions' last meeting.")
                                   @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return service.institutionChart(year);
    }

    private static Ranking ranking(String sort) {
        return switch (sort) {
            case "participantChange" -> Ranking.PARTICIPANT_CHANGE;
            case "reaction" -> Ranking.REACTION;
            case "learning" -> Ranking.LEARNING;
            case "name" -> Ranking.NAME;
            default -> Ranking.GAP_EFFECT;
        };
    }
}
