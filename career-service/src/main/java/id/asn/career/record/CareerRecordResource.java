package id.asn.career.record;

import static id.asn.career.ApiDocs.INVALID;
import static id.asn.career.ApiDocs.NIP;
import static id.asn.career.ApiDocs.NIP_EXAMPLE;
import static id.asn.career.ApiDocs.NOT_FOUND;

import id.asn.career.record.RecordViews.AddEducation;
import id.asn.career.record.RecordViews.AddPosition;
import id.asn.career.record.RecordViews.AddRank;
import id.asn.career.record.RecordViews.AddSanction;
import id.asn.career.record.RecordViews.AuditView;
import id.asn.career.record.RecordViews.CareerRecord;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.nip.NipInput;
import id.asn.platform.kit.nip.ValidNip;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An employee's career record: rank, position, education and sanction history, and its audit trail. */
@Path("/api/v1/careers/{nip}")
@Tag(name = "Career records", description = "Rank (golongan) and position history with TMT and decrees, education "
        + "and disciplinary sentences (docs/domain.md §5.1), kept from master data and hr-admin entries, audited.")
public class CareerRecordResource {

    private static final String RANK_EXAMPLE = """
            {"id":"0b8e6c1a-2f3d-4e5a-9b6c-7d8e9f0a1b2c","rank":"III/b","name":"Penata Muda Tingkat I (III/b)",
             "tmt":"2021-04-01","decreeNumber":"823.3/045/BKPSDM/2021","source":"HR"}""";
    private static final String POSITION_EXAMPLE = """
            {"id":"1c9f7d2b-3a4e-4f6b-8c7d-8e9f0a1b2c3d","positionTitle":"Analis Kepegawaian",
             "positionClass":"PELAKSANA","unitId":"bkpsdm","tmt":"2019-03-01","decreeNumber":"821.2/101/2019",
             "source":"HR"}""";
    private static final String EDUCATION_EXAMPLE = """
            {"id":"2d0a8e3c-4b5f-4a7c-9d8e-9f0a1b2c3d4e","level":"S1","institution":"Universitas Sriwijaya",
             "major":"Manajemen","graduatedOn":"2014-08-30","source":"HR"}""";
    private static final String SANCTION_EXAMPLE = """
            {"id":"3e1b9f4d-5c6a-4b8d-8e9f-0a1b2c3d4e5f","level":"SEDANG","description":"Penundaan kenaikan gaji berkala",
             "startsOn":"2023-01-01","endsOn":"2023-12-31","decreeNumber":"862/07/2022"}""";
    private static final String RECORD_EXAMPLE = "{\"nip\":\"199003152019032005\",\"name\":\"Rina Marlina\","
            + "\"employeeType\":\"PNS\",\"unitId\":\"bkpsdm\",\"unitName\":\"BKPSDM\",\"positionTitle\":\"Analis "
            + "Kepegawaian\",\"positionClass\":\"PELAKSANA\",\"currentRank\":\"III/b\",\"currentRankName\":\"Penata "
            + "Muda Tingkat I (III/b)\",\"currentRankTmt\":\"2021-04-01\",\"serviceStart\":\"2019-03-01\",\"ranks\":["
            + RANK_EXAMPLE + "],\"positions\":[" + POSITION_EXAMPLE + "],\"education\":[" + EDUCATION_EXAMPLE
            + "],\"sanctions\":[" + SANCTION_EXAMPLE + "]}";

    private final CareerRecordService service;

    @Inject
    CareerRecordResource(CareerRecordService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read an employee's career record",
            description = "The current rank with its pangkat name and TMT, and every history: ranks (PNS I/a–IV/e, "
                    + "PPPK golongan I–XVII), positions, diplomas and disciplinary sentences. An entry that came from "
                    + "master data has no TMT until hr-admin enters the decree. The employee's own, a supervisor's "
                    + "direct reports', anyone's in the agency for hr-admin; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The record.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "record", value = RECORD_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CareerRecord get(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip) {
        return service.record(NipInput.normalise(nip));
    }

    @GET
    @Path("audit")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN})
    @Operation(summary = "Read the audit trail of a career",
            description = "Every change to the career record, promotion steps and 9-box placements of the employee, "
                    + "oldest first, with who made it. Visible like the record.")
    @APIResponse(responseCode = "200", description = "The trail.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "trail", value = """
            {"nip":"199003152019032005","lines":[{"subject":"RANK","subjectId":"0b8e6c1a-2f3d-4e5a-9b6c-7d8e9f0a1b2c",
             "action":"RANK_ENTERED","detail":{"rank":"III/b","tmt":"2021-04-01"},"actor":"hr-bkpsdm",
             "at":"2026-11-30T08:15:00Z"}]}""")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public AuditView audit(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip) {
        return service.audit(NipInput.normalise(nip));
    }

    @POST
    @Idempotent
    @Path("ranks")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Enter a rank decree",
            description = "A rank step with its TMT and decree number. A PNS rank is I/a … IV/e, a PPPK golongan "
                    + "I … XVII. When master data already reported this rank without a TMT, the entry is completed "
                    + "instead of repeated.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "III/b",
            value = "{\"rank\":\"III/b\",\"tmt\":\"2021-04-01\",\"decreeNumber\":\"823.3/045/BKPSDM/2021\"}")))
    @APIResponse(responseCode = "201", description = "Entered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rank", value = RANK_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also a rank that does not fit the employee type.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response addRank(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                            @Valid @NotNull AddRank request) {
        return created(service.addRank(NipInput.normalise(nip), request));
    }

    @POST
    @Idempotent
    @Path("positions")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Enter a position decree", description = "A position held from its TMT, with the decree.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "analis",
            value = "{\"positionTitle\":\"Analis Kepegawaian\",\"positionClass\":\"PELAKSANA\",\"unitId\":\"bkpsdm\","
                    + "\"tmt\":\"2019-03-01\",\"decreeNumber\":\"821.2/101/2019\"}")))
    @APIResponse(responseCode = "201", description = "Entered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "position", value = POSITION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response addPosition(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                                @Valid @NotNull AddPosition request) {
        return created(service.addPosition(NipInput.normalise(nip), request));
    }

    @POST
    @Idempotent
    @Path("education")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Enter a diploma",
            description = "The highest diploma sets the ceiling of regular promotion (docs/domain.md §5.2.2).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "S1",
            value = "{\"level\":\"S1\",\"institution\":\"Universitas Sriwijaya\",\"major\":\"Manajemen\","
                    + "\"graduatedOn\":\"2014-08-30\"}")))
    @APIResponse(responseCode = "201", description = "Entered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "diploma", value = EDUCATION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response addEducation(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                                 @Valid @NotNull AddEducation request) {
        return created(service.addEducation(NipInput.normalise(nip), request));
    }

    @POST
    @Idempotent
    @Path("sanctions")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Enter a disciplinary sentence",
            description = "A sentence of PP 94/2021 (RINGAN, SEDANG, BERAT) and its period, both days inclusive. "
                    + "While it runs it blocks regular promotion; SEDANG and BERAT periods do not count as service "
                    + "for the Satyalancana (configurable).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sedang",
            value = "{\"level\":\"SEDANG\",\"description\":\"Penundaan kenaikan gaji berkala\","
                    + "\"startsOn\":\"2023-01-01\",\"endsOn\":\"2023-12-31\",\"decreeNumber\":\"862/07/2022\"}")))
    @APIResponse(responseCode = "201", description = "Entered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sentence", value = SANCTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " Also an end before the start.")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response addSanction(@Parameter(description = NIP, example = NIP_EXAMPLE) @PathParam("nip") @ValidNip String nip,
                                @Valid @NotNull AddSanction request) {
        return created(service.addSanction(NipInput.normalise(nip), request));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
