package id.asn.appraisal.period;

import id.asn.appraisal.period.PeriodViews.MoveDeadlines;
import id.asn.appraisal.period.PeriodViews.OpenPeriod;
import id.asn.appraisal.period.PeriodViews.PeriodView;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency's annual appraisal periods. */
@Path("/api/v1/appraisal-periods")
@Tag(name = "Appraisal periods", description = "The annual period of an agency, its periodic evaluations and deadlines.")
public class PeriodResource {

    static final String OPEN_EXAMPLE = """
            {"year": 2026, "frequency": "QUARTERLY", "objectionDays": 14, "objectionDayKind": "CALENDAR",
             "raterTraining": "WARN"}""";
    static final String DEADLINES_EXAMPLE = """
            {"version": 0, "planDueOn": "2026-03-31", "evaluationDueOn": "2027-01-31"}""";
    static final String VIEW_EXAMPLE = """
            {"id": "5a0c7e2d-3f41-4b8e-9d2a-6c1f0e9b8a71", "year": 2026, "frequency": "QUARTERLY",
             "startsOn": "2026-01-01", "endsOn": "2026-12-31", "planDueOn": "2026-01-31",
             "evaluationDueOn": "2027-01-31", "objectionDays": 14, "objectionDayKind": "CALENDAR",
             "individualResultsToUnit": false, "raterTraining": "WARN",
             "periodicEvaluations": [{"number": 1, "start": "2026-01-01", "end": "2026-03-31"},
                                     {"number": 2, "start": "2026-04-01", "end": "2026-06-30"},
                                     {"number": 3, "start": "2026-07-01", "end": "2026-09-30"},
                                     {"number": 4, "start": "2026-10-01", "end": "2026-12-31"}],
             "version": 0}""";

    private final PeriodService service;

    @Inject
    PeriodResource(PeriodService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Open an annual period", description = """
            hr-admin opens the agency's appraisal period for a year (docs/domain.md §3.3): January to December, with
            periodic evaluations MONTHLY or QUARTERLY. Every field but `year` defaults to the agency configuration
            (`appraisal.period.*`, `appraisal.objection.*`): plans agreed by 31 January, the annual evaluation
            due by 31 January of the next year, objections within 14 calendar days, and each unit's individual
            results not open to the unit (`individualResultsToUnit`), and no rater training required of the
            pejabat penilai (`raterTraining` OFF; WARN rates with a warning, REFUSE refuses, docs/domain.md §3.4.2).
            The deadlines are enforced: no plan is agreed after `planDueOn` and no evaluation rated or finalized
            after `evaluationDueOn` (422 naming the deadline). The period keeps the values it was opened with. One
            period per year (409 for a second). Send an `Idempotency-Key` to make retries safe.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "quarterly", value = OPEN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Opened.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "period", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid; `errors` names it.")
    @APIResponse(responseCode = "409", description = "The year already has a period, or the Idempotency-Key was used with another body.")
    public Response open(@Valid @NotNull OpenPeriod request) {
        return Response.status(Response.Status.CREATED).entity(service.open(request)).build();
    }

    @PUT
    @Idempotent
    @Path("{id}/deadlines")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Move a period's deadlines", description = """
            hr-admin sets the period's plan agreement deadline (`planDueOn`, from 1 January up to `evaluationDueOn`; after
            the year only to enter a past year's plans late) and evaluation deadline
            (`evaluationDueOn`, after the year), for example to give employees who took up their position late time
            to agree their plan (docs/domain.md §3.3). The objection window stays as the period opened with it, so
            no result already received gets another window.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "later", value = DEADLINES_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Moved.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "period", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A deadline is missing or outside its range; `errors` names it.")
    @APIResponse(responseCode = "404", description = "No such period in the agency.")
    @APIResponse(responseCode = "409", description = "The period changed since `version`.")
    public PeriodView moveDeadlines(@PathParam("id") UUID id, @Valid @NotNull MoveDeadlines request) {
        return service.moveDeadlines(id, request);
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "List periods", description = "The agency's periods, latest year first, paged.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
            value = "{\"items\": [" + VIEW_EXAMPLE + "], \"page\": 1, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters.")
    public Page<PeriodView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR, Roles.EMPLOYEE})
    @Operation(summary = "Read one period", description = "The period with its evaluation windows; 404 for another agency's.")
    @APIResponse(responseCode = "200", description = "The period.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "period", value = VIEW_EXAMPLE)))
    public PeriodView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
