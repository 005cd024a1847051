package id.asn.training.need;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.need.NeedViews.Aggregate;
import id.asn.training.need.NeedViews.NeedView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Training needs found by gap analysis, appraisals and surveys. */
@Path("/api/v1/training-needs")
@Tag(name = "Training needs", description = "Needs analysis (TNA): from competency gaps, weak appraisals and surveys.")
public class NeedResource {

    private final NeedService service;

    @Inject
    NeedResource(NeedService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "List training needs", description = "Each need with its source. Employees see their own, "
            + "supervisors also their direct reports', hr-admin the agency's.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = """
            {"items": [{"id": "5d6e7f80-91a2-4b3c-84d5-e6f708192a3b", "nip": "199003152019032005", "unitId": "u-dukcapil",
                        "competencyCode": "M5", "competencyName": "Pelayanan Publik", "source": "GAP", "gap": 1.00,
                        "priority": null, "note": null, "status": "OPEN", "year": 2026}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}""")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter.")
    public Page<NeedView> list(@Parameter(description = "Only this employee.") @QueryParam("nip") @ValidNip String nip,
                               @Parameter(description = "Only this unit.") @QueryParam("unitId") String unitId,
                               @Parameter(description = "Only this competency.") @QueryParam("competencyCode") String competencyCode,
                               @Parameter(description = "Only this source.") @QueryParam("source") TrainingNeed.Source source,
                               @Parameter(description = "Only this status.") @QueryParam("status") TrainingNeed.Status status,
                               @Valid @BeanParam PageRequest page) {
        return service.list(NipInput.normalise(nip), unitId, competencyCode, source, status, page);
    }

    @GET
    @Path("summary")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Needs per competency and unit",
            description = "Open needs aggregated per competency and unit: how many employees, from which sources, "
                    + "average gap. The input for the annual plan. Appraisal-based needs name no competency.")
    @APIResponse(responseCode = "200", description = "One page, most employees first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
            {"items": [{"competencyCode": "M5", "competencyName": "Pelayanan Publik", "unitId": "u-dukcapil",
                        "employees": 14, "fromGaps": 12, "fromAppraisals": 0, "fromSurveys": 5, "averageGap": 1.17}],
             "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}""")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter.")
    public Page<Aggregate> summary(@Parameter(description = "Only needs of this year.") @QueryParam("year")
                                   @Min(2000) @Max(2100) Integer year,
                                   @Parameter(description = "Only this unit.") @QueryParam("unitId") String unitId,
                                   @Valid @BeanParam PageRequest page) {
        return service.summary(year, unitId, page);
    }
}
