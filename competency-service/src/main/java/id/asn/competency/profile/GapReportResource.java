package id.asn.competency.profile;

import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.dictionary.CompetencyKind;
import id.asn.competency.profile.ProfileViews.GapReportRow;
import id.asn.competency.profile.ProfileViews.GapReportPage;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Gap reports per unit and per agency, for development planning (TNA). */
@Path("/api/v1/gap-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles and gaps")
public class GapReportResource {

    private static final String EXAMPLE = """
            {"items":[{"competencyCode":"M2","competencyName":"Kerja Sama","kind":"MANAJERIAL","required":1250,
              "shortCount":410,"averageGap":0.75,"maxGap":3.00,"shortBy1":350,"shortBy2":52,"shortByMore":8,
              "notAssessed":120,"inDevelopment":64}],"page":1,"size":20,"totalItems":1,"totalPages":1}""";

    private final GapReportService service;

    @Inject
    GapReportResource(GapReportService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Gap report",
            description = "Per competency: how many active employees' position standards require it, how many fall "
                    + "short and by how much, how many were never (validly) assessed and how many are in "
                    + "development. For the whole agency, or for `unitId` (with the units below it unless "
                    + "`includeSubunits=false`). Sorted by the number of people short.")
    @APIResponse(responseCode = "200", description = "One page of the report.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GapReportPage.class),
            examples = @ExampleObject(name = "agency", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "401", description = UNAUTHENTICATED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = NOT_FOUND + " (the unit)")
    public Page<GapReportRow> report(
            @QueryParam("unitId") @Parameter(description = "Only this unit (and below). Absent: the whole agency.")
            UUID unitId,
            @QueryParam("includeSubunits") @DefaultValue("true") boolean includeSubunits,
            @QueryParam("kind") CompetencyKind kind,
            @QueryParam("competencyCode") @Parameter(example = "M2") String competencyCode,
            @QueryParam("onlyShort") @DefaultValue("false")
            @Parameter(description = "Leave out competencies nobody falls short of.") boolean onlyShort,
            @QueryParam("on") @Parameter(description = "Reference day (default today).") LocalDate on,
            @Valid @BeanParam PageRequest page) {
        return service.report(unitId, includeSubunits, kind, competencyCode, onlyShort,
                on == null ? LocalDate.now() : on, page);
    }
}
