package id.asn.competency.employee;

import static id.asn.competency.ApiDocs.END_OF_PAGE;
import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.PAGE_OF;
import static id.asn.competency.ApiDocs.PROBLEM;
import static id.asn.competency.ApiDocs.PROBLEM_EXAMPLE;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.employee.EmployeeViews.EmployeeRow;
import id.asn.competency.employee.EmployeeViews.EmployeeView;
import id.asn.competency.employee.EmployeeViews.ImportRequest;
import id.asn.competency.employee.EmployeeViews.RowResult;
import id.asn.competency.employee.EmployeeViews.RowStatus;
import id.asn.competency.employee.EmployeeViews.EmployeePage;
import id.asn.competency.employee.EmployeeViews.ImportResult;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.idempotency.Idempotent;
import id.asn.platform.kit.paging.Page;
import id.asn.platform.kit.paging.PageRequest;
import id.asn.platform.kit.problem.ProblemResponses;
import id.asn.platform.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Employee master data keyed by NIP / NI PPPK, and the bulk import for HR systems. */
@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employees", description = "Employee master data keyed by NIP / NI PPPK; bulk import for HR systems.")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class EmployeeResource {

    private static final String JSON_EXAMPLE = """
            {"rows":[{"nip":"19860926 201505 1 001","legacyNip":"010203040","name":"Budi Santoso","employeeType":"PNS",
              "unitCode":"BKPSDM","positionCode":"ADM-KEU-01","supervisorNip":"197501012000031002","rank":"III/c",
              "education":"S1 Akuntansi","tmt":"2015-05-01","active":"true"},
             {"nip":"200012312024211001","name":"Siti Rahma","employeeType":"PPPK","unitCode":"BKPSDM","rank":"IX"}]}""";
    private static final String CSV_EXAMPLE = """
            nipBaru,nipLama,nama,jenisPegawai,unorKode,jabatanKode,nipAtasan,golRuang,pendidikan,tmtCpns,aktif
            19860926 201505 1 001,010203040,Budi Santoso,PNS,BKPSDM,ADM-KEU-01,197501012000031002,III/c,S1 Akuntansi,01-05-2015,Y
            200012312024211001,,Siti Rahma,PPPK,BKPSDM,,,IX,D3,,Y
            """;
    private static final String RESULT_EXAMPLE = """
            {"total":3,"created":1,"updated":0,"unchanged":1,"rejected":1,"rows":[
             {"row":1,"nip":"198609262015051001","status":"CREATED","employeeId":"3d0f3c5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
              "changedFields":["name","employeeType"],"errors":[],"warnings":[]},
             {"row":2,"nip":"200012312024211001","status":"UNCHANGED","employeeId":"5e6f7a8b-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
              "changedFields":[],"errors":[],"warnings":["usia saat TMT di luar kebiasaan 18-35 tahun"]},
             {"row":3,"nip":"198609262015131001","status":"REJECTED","changedFields":[],
              "errors":[{"field":"nip","message":"digit 13-14 harus bulan TMT 01-12 (PNS) atau diawali 2 (PPPK)"}],
              "warnings":[]}]}""";
    private static final String VIEW_EXAMPLE = """
            {"id":"3d0f3c5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f","nip":"198609262015051001","idLabel":"NIP",
             "legacyNip":"010203040","name":"Budi Santoso","employeeType":"PNS","gender":"MALE",
             "birthDate":"1986-09-26","tmt":"2015-05-01","unitId":"6f1c2a5e-3b7d-4a8e-9c1f-2d3e4f5a6b7c",
             "positionId":"2b3c4d5e-6f70-4a81-92a3-b4c5d6e7f809","supervisorNip":"197501012000031002",
             "rank":"III/c","education":"S1 Akuntansi","active":true,"version":0}""";
    private static final String REGISTERED_EXAMPLE = """
            {"row":1,"nip":"198609262015051001","status":"CREATED","employeeId":"3d0f3c5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
             "changedFields":["name","employeeType","tmt","unitId","positionId","rank","education","active"],
             "errors":[],"warnings":[]}""";
    private static final String UPDATED_EXAMPLE = """
            {"row":1,"nip":"198609262015051001","status":"UPDATED","employeeId":"3d0f3c5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
             "changedFields":["rank"],"errors":[],"warnings":[]}""";

    private final EmployeeService service;

    @Inject
    EmployeeResource(EmployeeService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "List employees",
            description = "hr-admin, assessor and integration see the whole agency; a supervisor sees only their "
                    + "direct reports. Filter by unit, position or part of the name.")
    @APIResponse(responseCode = "200", description = "One page of employees, by name.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployeePage.class),
            examples = @ExampleObject(name = "page", value = PAGE_OF + VIEW_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<EmployeeView> list(@QueryParam("unitId") UUID unitId, @QueryParam("positionId") UUID positionId,
                                   @QueryParam("name") @Parameter(description = "Part of the name.") String name,
                                   @Valid @BeanParam PageRequest page) {
        return service.list(unitId, positionId, name, page);
    }

    @GET
    @Path("/{nip}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "Read an employee",
            description = "An employee sees their own record, a supervisor their direct reports', hr-admin, "
                    + "assessor and integration the whole agency's. Others answer 404.")
    @APIResponse(responseCode = "200", description = "The employee.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmployeeView.class),
            examples = @ExampleObject(name = "pns", value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EmployeeView get(@PathParam("nip") @Parameter(example = "198609262015051001") String nip) {
        return service.get(nip);
    }

    @PUT
    @Idempotent
    @Path("/{nip}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Register or update one employee",
            description = "Upsert by NIP with the same checks as the import. Publishes `employee.registered` or "
                    + "`employee.changed` (nothing when the data is unchanged).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "pns", value = """
                    {"name":"Budi Santoso","employeeType":"PNS","unitCode":"BKPSDM","positionCode":"ADM-KEU-01",
                     "rank":"III/c","education":"S1 Akuntansi"}""")))
    @APIResponse(responseCode = "201", description = "Registered.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RowResult.class),
            examples = @ExampleObject(name = "registered", value = REGISTERED_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated or unchanged (see `status`).", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RowResult.class),
            examples = @ExampleObject(name = "updated", value = UPDATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " E.g. an invalid NIP names the rule it breaks.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = PROBLEM_EXAMPLE)))
    public Response put(@PathParam("nip") String nip, @NotNull EmployeeRow row, @Context HttpHeaders headers) {
        RowResult result = service.put(nip, row, ProblemResponses.messages(headers));
        return Response.status(result.status() == RowStatus.CREATED ? 201 : 200).entity(result).build();
    }

    @POST
    @Idempotent
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Bulk import (JSON)",
            description = "Up to 10,000 rows, upsert by NIP. Every row gets a result: CREATED, UPDATED, UNCHANGED "
                    + "or REJECTED with the reasons; a rejected row writes nothing, the others commit together "
                    + "with their events. Sending the same rows again changes nothing (UNCHANGED); with an "
                    + "`Idempotency-Key` the first answer is replayed.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "two rows", value = JSON_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The result per row.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "mixed", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " E.g. no rows, or more than 10,000.")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body.")
    public Response importJson(@NotNull ImportRequest request,
                               @Context HttpHeaders headers) {
        return Response.ok(service.importRows(request, ProblemResponses.messages(headers))).build();
    }

    @POST
    @Idempotent
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(summary = "Bulk import (CSV)",
            description = "The same import from a SIASN-style export: columns nipBaru, nama, jenisPegawai, "
                    + "unorKode (required), nipLama, jabatanKode, nipAtasan, golRuang, pendidikan, tmtCpns "
                    + "(yyyy-MM-dd or dd-MM-yyyy), aktif (Y/N). Comma or semicolon separated, UTF-8.")
    @RequestBody(content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "siasn export", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The result per row (row 1 = first line after the header).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportResult.class),
                    examples = @ExampleObject(name = "mixed", value = RESULT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID + " E.g. a required column is missing.")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with another body.")
    public Response importCsv(String csv,
                              @Context HttpHeaders headers) {
        return Response.ok(service.importCsv(csv, ProblemResponses.messages(headers))).build();
    }
}
