package id.asn.training.ledger;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.training.ledger.LedgerViews.EntryView;
import id.asn.training.ledger.LedgerViews.RecordEntry;
import id.asn.training.ledger.LedgerViews.Shortfall;
import id.asn.training.ledger.LedgerViews.Statement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JP ledger against the 20 JP a year minimum. */
@Path("/api/v1/jp-ledger")
@Tag(name = "JP ledger", description = "JP earned per employee per calendar year against the yearly minimum (20 JP, PP 11/2017).")
public class LedgerResource {

    private static final String ENTRY_EXAMPLE = """
            {"id": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b", "source": "TRAINING",
             "description": "Pelatihan Pelayanan Publik Prima", "jp": 16, "minutes": 720, "earnedOn": "2026-03-03",
             "certificateNumber": "ASN-2026-7K3M9Q2XHF", "enrollmentId": "2f4e6d8c-0a1b-4c3d-9e5f-7a8b9c0d1e2f"}""";
    private static final String STATEMENT_EXAMPLE = """
            {"nip": "199003152019032005", "name": "Rina Marlina, S.E.", "year": 2026, "earnedJp": 16, "minimumJp": 20,
             "minimumMet": false, "shortfallJp": 4, "daysLeftInYear": 40, "entries": [""" + ENTRY_EXAMPLE + "]}";

    private static final String NIP = "The employee's NIP or NI PPPK; spaces as printed on decrees are allowed.";

    private final LedgerService service;

    @Inject
    LedgerResource(LedgerService service) {
        this.service = service;
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "An employee's JP in a year",
            description = "JP earned in the calendar year with every source, whether the minimum is met, the "
                    + "shortfall and the days left. The employee's own, a supervisor's direct reports', anyone's "
                    + "for hr-admin; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The statement.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "short by 4", value = STATEMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid year.")
    public Statement statement(@Parameter(description = NIP, example = "199003152019032005")
                               @PathParam("nip") @ValidNip String nip,
                               @Parameter(description = "Calendar year; the current one when omitted.", example = "2026")
                               @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return service.statement(NipInput.normalise(nip), year != null ? year : LocalDate.now().getYear());
    }

    @POST
    @Idempotent
    @Path("{nip}/entries")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Record JP earned elsewhere",
            description = "hr-admin records development shown by a certificate from outside this service. Give "
                    + "either `minutes` (converted with the configured rule: 45 minutes per JP, rounded down, minutes "
                    + "kept for audit) or `jp`. Counted in the year of `earnedOn`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "webinar",
            value = "{\"description\": \"Webinar Nasional Manajemen ASN\", \"earnedOn\": \"2026-05-20\", "
                    + "\"minutes\": 180, \"certificateNumber\": \"LAN/WEB/2026/0042\"}")))
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "entry", value = ENTRY_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Neither or both of minutes and jp, or another invalid field.")
    public Response record(@Parameter(description = NIP, example = "199003152019032005")
                           @PathParam("nip") @ValidNip String nip, @Valid @NotNull RecordEntry request) {
        EntryView entry = service.record(NipInput.normalise(nip), request);
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }

    @GET
    @Path("below-minimum")
    @RolesAllowed({Roles.HR_ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Who is below the yearly minimum",
            description = "Active employees whose JP in the year are below the minimum, largest shortfall first, "
                    + "with the days left in the year. hr-admin: the agency or one unit; supervisor: direct reports.")
    @APIResponse(responseCode = "200", description = "One page.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = """
            {"items": [{"nip": "199003152019032005", "name": "Rina Marlina, S.E.", "unitId": "u-dukcapil",
                        "unitName": "Dinas Kependudukan dan Pencatatan Sipil", "earnedJp": 16, "shortfallJp": 4,
                        "daysLeftInYear": 40}], "page": 1, "size": 20, "totalItems": 1, "totalPages": 1}""")))
    @APIResponse(responseCode = "400", description = "Invalid year or paging parameters.")
    public Page<Shortfall> belowMinimum(@Parameter(description = "Calendar year; the current one when omitted.")
                                        @QueryParam("year") @Min(2000) @Max(2100) Integer year,
                                        @Parameter(description = "Only this unit.") @QueryParam("unitId") String unitId,
                                        @Valid @BeanParam PageRequest page) {
        return service.belowMinimum(year != null ? year : LocalDate.now().getYear(), unitId, page);
    }
}
