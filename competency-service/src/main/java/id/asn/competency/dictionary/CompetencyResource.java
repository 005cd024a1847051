package id.asn.competency.dictionary;

import static id.asn.competency.ApiDocs.END_OF_PAGE;
import static id.asn.competency.ApiDocs.FORBIDDEN;
import static id.asn.competency.ApiDocs.INVALID;
import static id.asn.competency.ApiDocs.NOT_FOUND;
import static id.asn.competency.ApiDocs.PAGE_OF;
import static id.asn.competency.ApiDocs.UNAUTHENTICATED;

import id.asn.competency.dictionary.CompetencyViews.CompetencyVersionRequest;
import id.asn.competency.dictionary.CompetencyViews.CompetencyView;
import id.asn.competency.dictionary.CompetencyViews.CreateCompetencyRequest;
import id.asn.competency.dictionary.CompetencyViews.CompetencyPage;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The competency dictionary: national managerial and socio-cultural items plus the agency's technical ones. */
@Path("/api/v1/competencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency dictionary", description = "National managerial and socio-cultural, and the agency's technical.")
@APIResponse(responseCode = "401", description = UNAUTHENTICATED)
@APIResponse(responseCode = "403", description = FORBIDDEN)
public class CompetencyResource {

    private static final String CREATE_EXAMPLE = """
            {"code":"T.1","name":"Advokasi Kebijakan Kebudayaan dan Pariwisata",
             "definition":"Kemampuan mengadvokasi kebijakan kebudayaan dan pariwisata daerah.",
             "effectiveFrom":"2026-01-01",
             "levels":[{"level":1,"description":"Memahami kebijakan dengan bimbingan.",
                        "indicators":["Menjelaskan isi kebijakan","Mengumpulkan data pendukung","Menyusun bahan sederhana"]},
                       {"level":2,"description":"Menerapkan pengetahuan dengan bimbingan teknis.",
                        "indicators":["Menyusun bahan advokasi","Menyampaikan kebijakan","Mencatat umpan balik"]}]}""";
    private static final String NATIONAL_EXAMPLE = """
            {"code":"M1","kind":"MANAJERIAL","name":"Integritas","national":true,"effectiveFrom":"2018-01-01",
             "definition":"Konsisten berperilaku selaras dengan nilai, norma dan/atau etika organisasi.",
             "levels":[{"level":1,
                        "description":"Bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi.",
                        "indicators":["Berperilaku sesuai dengan perkataan dan berkata sesuai fakta.",
                                      "Melaksanakan peraturan dan kode etik organisasi dalam pekerjaan sehari-hari."]}]}""";
    private static final String TECHNICAL_EXAMPLE = """
            {"code":"T.1","kind":"TEKNIS","name":"Advokasi Kebijakan Kebudayaan dan Pariwisata","national":false,
             "definition":"Kemampuan mengadvokasi kebijakan kebudayaan dan pariwisata daerah.",
             "effectiveFrom":"2026-01-01",
             "levels":[{"level":1,"description":"Memahami kebijakan dengan bimbingan.",
                        "indicators":["Menjelaskan isi kebijakan","Mengumpulkan data pendukung",
                                      "Menyusun bahan sederhana"]}]}""";
    private static final String NEW_VERSION_EXAMPLE = """
            {"code":"T.1","kind":"TEKNIS","name":"Advokasi Kebijakan Kebudayaan","national":false,
             "definition":"Definisi yang diperbarui.","effectiveFrom":"2027-01-01",
             "levels":[{"level":1,"description":"Memahami kebijakan.",
                        "indicators":["Menjelaskan kebijakan","Mengumpulkan data","Menyusun bahan"]}]}""";

    private final DictionaryService dictionary;

    @Inject
    CompetencyResource(DictionaryService dictionary) {
        this.dictionary = dictionary;
    }

    @GET
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "List the dictionary",
            description = "The national items (M1..M8, SK1) and the agency's technical items, each in the version "
                    + "in force on `on` (default today), national first.")
    @APIResponse(responseCode = "200", description = "One page of competencies.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompetencyPage.class),
            examples = @ExampleObject(name = "page", value = PAGE_OF + NATIONAL_EXAMPLE + END_OF_PAGE)))
    @APIResponse(responseCode = "400", description = INVALID)
    public Page<CompetencyView> list(@QueryParam("kind") @Parameter(description = "Only this kind.") CompetencyKind kind,
                                     @QueryParam("on") @Parameter(description = "Day of the version, ISO date.",
                                             example = "2026-11-22") LocalDate on,
                                     @Valid @BeanParam PageRequest page) {
        return dictionary.list(kind, on == null ? LocalDate.now() : on, page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "Read a competency", description = "The version in force on `on` (default today), with its "
            + "five levels and their behavioural indicators.")
    @APIResponse(responseCode = "200", description = "The competency.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompetencyView.class),
            examples = @ExampleObject(name = "national", value = NATIONAL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public CompetencyView get(@PathParam("code") @Parameter(example = "M1") String code,
                              @QueryParam("on") @Parameter(example = "2026-11-22") LocalDate on) {
        return dictionary.get(code, on == null ? LocalDate.now() : on);
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({Roles.EMPLOYEE, Roles.SUPERVISOR, Roles.HR_ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(summary = "History of a competency", description = "Every version, newest first.")
    @APIResponse(responseCode = "200", description = "All versions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CompetencyView.class),
            examples = @ExampleObject(name = "versions",
                    value = "[" + NEW_VERSION_EXAMPLE + "," + TECHNICAL_EXAMPLE + "]")))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public List<CompetencyView> versions(@PathParam("code") @Parameter(example = "M1") String code) {
        return dictionary.history(code);
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Add an agency technical competency",
            description = "Creates the first version of a technical (TEKNIS) competency owned by the caller's "
                    + "agency. National codes cannot be reused.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "technical", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompetencyView.class),
            examples = @ExampleObject(name = "technical", value = TECHNICAL_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "The code is national or already used by the agency.")
    public Response create(@Valid @NotNull CreateCompetencyRequest request) {
        return Response.status(Response.Status.CREATED).entity(dictionary.create(request)).build();
    }

    @POST
    @Idempotent
    @Path("/{code}/versions")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Change an agency technical competency",
            description = "Adds a version in force from `effectiveFrom`; earlier versions stay readable. National "
                    + "items are read-only (422).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "new version", value = """
                    {"name":"Advokasi Kebijakan Kebudayaan","definition":"Definisi yang diperbarui.",
                     "effectiveFrom":"2027-01-01","levels":[{"level":1,"description":"Memahami kebijakan.",
                     "indicators":["Menjelaskan kebijakan","Mengumpulkan data","Menyusun bahan"]}]}""")))
    @APIResponse(responseCode = "201", description = "The new version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompetencyView.class),
            examples = @ExampleObject(name = "new version", value = NEW_VERSION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "422", description = "A national competency cannot be changed by an agency.")
    public Response addVersion(@PathParam("code") String code, @Valid @NotNull CompetencyVersionRequest request) {
        return Response.status(Response.Status.CREATED).entity(dictionary.addVersion(code, request)).build();
    }
}
