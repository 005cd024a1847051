package id.asn.career.access;

import static id.asn.platform.testinfra.TestAgency.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.asn.career.support.Agency;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 item 9, the access table: an employee sees their own career, a supervisor their direct reports', hr-admin
 * the agency's (and its merit figures and open-selection shortlists); national-viewer no person, only the national
 * merit aggregate; another agency and anyone else 404, never revealing existence; no token 401.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessApiTest {

    private final Agency agency = new Agency("access");
    private final Agency other = new Agency("access-other");
    private final String employee = TestNips.pns();
    private final String supervisor = TestNips.pns();
    private final String stranger = TestNips.pns();
    private String selection;
    private boolean ready;

    // REST Assured knows the application's port only once a test runs, hence not @BeforeAll
    @BeforeEach
    void setUp() {
        if (ready) {
            return;
        }
        agency.employees(null, supervisor, stranger);
        agency.employees(supervisor, employee);
        agency.appraisal(employee, 2026, "BAIK");
        await().atMost(Duration.ofSeconds(30)).until(() -> as(agency.hrAdmin)
                .get("/api/v1/careers/" + employee + "/talent-box").statusCode() == 200);
        String today = LocalDate.now().toString();
        selection = as(agency.hrAdmin).body(Map.of("positionId", "pos-access", "title", "Kepala Dinas",
                        "positionClass", "JPT_PRATAMA", "minEducation", "S1", "opensOn", today, "closesOn", today))
                .post("/api/v1/open-selections").then().statusCode(201).extract().path("id");
        as(agency.employeeToken(employee)).body(Map.of()).post("/api/v1/open-selections/" + selection
                + "/applications").then().statusCode(201);
        ready = true;
    }

    private String caller(String who) {
        return switch (who) {
            case "employee" -> agency.employeeToken(employee);
            case "supervisor" -> agency.supervisorToken(supervisor);
            case "stranger" -> agency.employeeToken(stranger);
            case "hr-admin" -> agency.hrAdmin;
            case "other-hr-admin" -> other.hrAdmin;
            case "national-viewer" -> agency.token(Roles.NATIONAL_VIEWER);
            default -> throw new IllegalArgumentException(who);
        };
    }

    // evaluated when the test runs: the fixture exists only then
    Stream<Arguments> table() {
        String record = "/api/v1/careers/" + employee;
        String[] reads = {record, record + "/audit", record + "/promotion-eligibility?on=2027-04-01",
                record + "/talent-box", record + "/satyalancana?on=2026-01-01"};
        Stream.Builder<Arguments> rows = Stream.builder();
        for (String path : reads) {
            rows.add(Arguments.of("employee", path, 200));
            rows.add(Arguments.of("supervisor", path, 200));
            rows.add(Arguments.of("hr-admin", path, 200));
            rows.add(Arguments.of("stranger", path, 404));
            rows.add(Arguments.of("other-hr-admin", path, 404));
            rows.add(Arguments.of("national-viewer", path, 403));
        }
        for (String path : new String[]{"/api/v1/promotions/eligible?on=2027-04-01", "/api/v1/succession-plans",
                "/api/v1/talent-reviews/2026/grid", "/api/v1/talent-reviews/2026/scheme"}) {
            rows.add(Arguments.of("hr-admin", path, 200));
            rows.add(Arguments.of("employee", path, 403));
            rows.add(Arguments.of("supervisor", path, 403));
            rows.add(Arguments.of("national-viewer", path, 403));
        }
        for (String path : new String[]{"/api/v1/merit-figures", "/api/v1/open-selections/" + selection
                + "/shortlist"}) {
            rows.add(Arguments.of("hr-admin", path, 200));
            rows.add(Arguments.of("employee", path, 403));
            rows.add(Arguments.of("supervisor", path, 403));
            rows.add(Arguments.of("national-viewer", path, 403));
        }
        // national-viewer: the national aggregate only, counts without persons
        String national = "/api/v1/merit-figures/national";
        rows.add(Arguments.of("national-viewer", national, 200));
        rows.add(Arguments.of("hr-admin", national, 403));
        rows.add(Arguments.of("employee", national, 403));
        rows.add(Arguments.of("supervisor", national, 403));
        // an open selection: the agency reads it, another agency finds nothing
        for (String path : new String[]{"/api/v1/open-selections", "/api/v1/open-selections/" + selection}) {
            rows.add(Arguments.of("employee", path, 200));
            rows.add(Arguments.of("supervisor", path, 200));
            rows.add(Arguments.of("hr-admin", path, 200));
            rows.add(Arguments.of("national-viewer", path, 403));
        }
        rows.add(Arguments.of("other-hr-admin", "/api/v1/open-selections/" + selection, 404));
        rows.add(Arguments.of("other-hr-admin", "/api/v1/open-selections/" + selection + "/shortlist", 404));
        rows.add(Arguments.of("employee", "/api/v1/talent-reviews/2026/placements", 200));
        rows.add(Arguments.of("national-viewer", "/api/v1/awards", 403));
        return rows.build();
    }

    @ParameterizedTest(name = "{0} GET {1}: {2}")
    @MethodSource("table")
    void everyReadAnswersByRoleAndRelationship(String who, String path, int status) {
        as(caller(who)).get(path).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} POST {1}: {2}")
    @MethodSource("writes")
    void writesAreForHrAdminOfTheAgency(String who, String path, int status) {
        as(caller(who)).body("{\"rank\":\"III/b\",\"tmt\":\"2024-04-01\",\"decreeNumber\":\"SK-9\"}")
                .post(path).then().statusCode(status);
    }

    @ParameterizedTest(name = "{0} nominates: {1}")
    @MethodSource("nominations")
    void nominationsAreForHrAdminOfTheAgency(String who, int status) {
        as(caller(who)).body(Map.of("nip", stranger)).post("/api/v1/open-selections/" + selection + "/nominations")
                .then().statusCode(status);
    }

    Stream<Arguments> nominations() {
        return Stream.of(Arguments.of("employee", 403), Arguments.of("supervisor", 403),
                Arguments.of("other-hr-admin", 404), Arguments.of("national-viewer", 403),
                Arguments.of("hr-admin", 201));
    }

    Stream<Arguments> writes() {
        String ranks = "/api/v1/careers/" + employee + "/ranks";
        return Stream.of(Arguments.of("employee", ranks, 403), Arguments.of("supervisor", ranks, 403),
                Arguments.of("other-hr-admin", ranks, 404), Arguments.of("national-viewer", ranks, 403),
                Arguments.of("hr-admin", ranks, 201));
    }

    @ParameterizedTest(name = "no token GET {0}: 401")
    @MethodSource("table")
    void withoutATokenEverythingIs401(String who, String path, int status) {
        given().get(path).then().statusCode(401);
    }
}
