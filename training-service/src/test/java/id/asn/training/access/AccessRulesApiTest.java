package id.asn.training.access;

import static id.asn.platform.testinfra.TestAgency.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TestTokens;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what: every endpoint against callers of the wrong role (403), of another agency or partner, or
 * without the relationship to the record (404, never revealing existence), and without a valid token (401).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesApiTest {

    private final Agency agency = new Agency("access");
    private final Agency otherAgency = new Agency("access-other");
    private final String employee = TestNips.pns();
    private final String supervisor = TestNips.pns();
    private final String stranger = TestNips.pns();
    private String institution;
    private String program;
    private String session;
    private String meeting;
    private String enrollment;

    // REST Assured knows the application's port only once a test runs, hence not @BeforeAll
    @BeforeEach
    void setUp() {
        if (session != null) {
            return;
        }
        agency.employees("u-a", null, supervisor, stranger);
        agency.employees("u-a", supervisor, employee);
        institution = agency.institution();
        program = agency.program(institution, Map.of());
        JsonPath created = agency.session(program, 5, "REQUEST", LocalDate.of(2026, 6, 1)).extract().jsonPath();
        session = created.getString("id");
        meeting = created.getString("meetings[0].id");
        enrollment = agency.nominate(session, employee);
    }

    private String hr() {
        return agency.hrAdmin;
    }

    private String emp() {
        return agency.employeeToken(employee);
    }

    private String sup() {
        return agency.supervisorToken(supervisor);
    }

    private String strangerToken() {
        return agency.employeeToken(stranger);
    }

    private String partner() {
        return agency.partnerToken(institution);
    }

    private String otherPartner() {
        return agency.partnerToken("00000000-0000-4000-8000-000000000001");
    }

    private String otherHr() {
        return otherAgency.hrAdmin;
    }

    // evaluated when the test runs: the fixture exists only then
    Stream<Arguments> rules() {
        return Stream.of(
                // institutions
                rule("employee registers an institution", t -> new Call(emp(), "POST", "/api/v1/institutions", Map.of("name", "x", "kind", "PRIVATE")), 403),
                rule("partner lists institutions", t -> new Call(partner(), "GET", "/api/v1/institutions", null), 403),
                rule("other agency reads institution", t -> new Call(otherHr(), "GET", "/api/v1/institutions/" + institution, null), 404),
                rule("partner reads own institution", t -> new Call(partner(), "GET", "/api/v1/institutions/" + institution, null), 200),
                rule("other partner reads institution", t -> new Call(otherPartner(), "GET", "/api/v1/institutions/" + institution, null), 404),
                // programmes
                rule("partner defines a programme", t -> new Call(partner(), "POST", "/api/v1/programs", Map.of()), 403),
                rule("employee reads programme", t -> new Call(emp(), "GET", "/api/v1/programs/" + program, null), 200),
                rule("other agency reads programme", t -> new Call(otherHr(), "GET", "/api/v1/programs/" + program, null), 404),
                rule("other partner reads programme", t -> new Call(otherPartner(), "GET", "/api/v1/programs/" + program, null), 404),
                rule("supervisor marks rater training", t -> new Call(sup(), "PUT", "/api/v1/programs/" + program + "/rater-training", Map.of("raterTraining", true)), 403),
                rule("partner marks rater training", t -> new Call(partner(), "PUT", "/api/v1/programs/" + program + "/rater-training", Map.of("raterTraining", true)), 403),
                rule("other agency marks rater training", t -> new Call(otherHr(), "PUT", "/api/v1/programs/" + program + "/rater-training", Map.of("raterTraining", true)), 404),
                // sessions
                rule("supervisor schedules a session", t -> new Call(sup(), "POST", "/api/v1/sessions", Map.of()), 403),
                rule("employee reads session", t -> new Call(emp(), "GET", "/api/v1/sessions/" + session, null), 200),
                rule("other agency reads session", t -> new Call(otherHr(), "GET", "/api/v1/sessions/" + session, null), 404),
                rule("employee adds a meeting", t -> new Call(emp(), "POST", "/api/v1/sessions/" + session + "/meetings", t.meetingBody()), 403),
                rule("other partner adds a meeting", t -> new Call(otherPartner(), "POST", "/api/v1/sessions/" + session + "/meetings", t.meetingBody()), 404),
                rule("other partner posts results", t -> new Call(otherPartner(), "POST", "/api/v1/sessions/" + session + "/results", Map.of("rows", List.of(Map.of("nip", employee, "postTest", 80)))), 404),
                rule("employee posts results", t -> new Call(emp(), "POST", "/api/v1/sessions/" + session + "/results", Map.of("rows", List.of(Map.of("nip", employee, "postTest", 80)))), 403),
                rule("supervisor decides completion", t -> new Call(sup(), "POST", "/api/v1/sessions/" + session + "/completion", null), 403),
                rule("other agency decides completion", t -> new Call(otherHr(), "POST", "/api/v1/sessions/" + session + "/completion", null), 404),
                // enrolments
                rule("partner enrols someone", t -> new Call(partner(), "POST", "/api/v1/enrollments", Map.of("sessionId", session, "nip", stranger)), 403),
                rule("supervisor nominates a non-report", t -> new Call(sup(), "POST", "/api/v1/enrollments", Map.of("sessionId", session, "nip", stranger)), 404),
                rule("employee nominates a colleague", t -> new Call(strangerToken(), "POST", "/api/v1/enrollments", Map.of("sessionId", session, "nip", supervisor)), 404),
                rule("employee reads own enrolment", t -> new Call(emp(), "GET", "/api/v1/enrollments/" + enrollment, null), 200),
                rule("supervisor reads a report's enrolment", t -> new Call(sup(), "GET", "/api/v1/enrollments/" + enrollment, null), 200),
                rule("colleague reads an enrolment", t -> new Call(strangerToken(), "GET", "/api/v1/enrollments/" + enrollment, null), 404),
                rule("partner reads a roster enrolment", t -> new Call(partner(), "GET", "/api/v1/enrollments/" + enrollment, null), 200),
                rule("other partner reads an enrolment", t -> new Call(otherPartner(), "GET", "/api/v1/enrollments/" + enrollment, null), 404),
                rule("other agency reads an enrolment", t -> new Call(otherHr(), "GET", "/api/v1/enrollments/" + enrollment, null), 404),
                rule("other partner lists a roster", t -> new Call(otherPartner(), "GET", "/api/v1/enrollments?sessionId=" + session, null), 404),
                rule("employee approves", t -> new Call(emp(), "POST", "/api/v1/enrollments/" + enrollment + "/approve", Map.of()), 403),
                rule("colleague cancels", t -> new Call(strangerToken(), "POST", "/api/v1/enrollments/" + enrollment + "/cancel", null), 404),
                // attendance
                rule("other partner posts attendance", t -> new Call(otherPartner(), "POST", "/api/v1/attendance/meetings/" + meeting, t.rows()), 404),
                rule("other agency posts attendance", t -> new Call(otherHr(), "POST", "/api/v1/attendance/meetings/" + meeting, t.rows()), 404),
                rule("employee reads attendance", t -> new Call(emp(), "GET", "/api/v1/attendance/meetings/" + meeting, null), 403),
                // ledger
                rule("employee reads own ledger", t -> new Call(emp(), "GET", "/api/v1/jp-ledger/" + employee, null), 200),
                rule("supervisor reads a report's ledger", t -> new Call(sup(), "GET", "/api/v1/jp-ledger/" + employee, null), 200),
                rule("colleague reads a ledger", t -> new Call(strangerToken(), "GET", "/api/v1/jp-ledger/" + employee, null), 404),
                rule("other agency reads a ledger", t -> new Call(otherHr(), "GET", "/api/v1/jp-ledger/" + employee, null), 404),
                rule("partner reads a ledger", t -> new Call(partner(), "GET", "/api/v1/jp-ledger/" + employee, null), 403),
                rule("supervisor records JP", t -> new Call(sup(), "POST", "/api/v1/jp-ledger/" + employee + "/entries", Map.of("description", "x", "earnedOn", "2026-01-01", "jp", 1)), 403),
                rule("other agency records JP", t -> new Call(otherHr(), "POST", "/api/v1/jp-ledger/" + employee + "/entries", Map.of("description", "x", "earnedOn", "2026-01-01", "jp", 1)), 404),
                // needs, plans, evaluations
                rule("partner reads needs", t -> new Call(partner(), "GET", "/api/v1/training-needs", null), 403),
                rule("employee opens a survey", t -> new Call(emp(), "POST", "/api/v1/needs-surveys", Map.of("title", "x", "year", 2030)), 403),
                rule("partner plans", t -> new Call(partner(), "GET", "/api/v1/training-plans", null), 403),
                rule("employee reads an evaluation summary", t -> new Call(emp(), "GET", "/api/v1/evaluations/programs/" + program + "/summary", null), 403),
                rule("other agency reads an evaluation summary", t -> new Call(otherHr(), "GET", "/api/v1/evaluations/programs/" + program + "/summary", null), 404),
                rule("partner gives feedback", t -> new Call(partner(), "POST", "/api/v1/evaluations", Map.of()), 403),
                // tokens
                rule("no token", t -> new Call(null, "GET", "/api/v1/programs", null), 401),
                rule("expired token", t -> new Call(TestTokens.user(agency.tenant).roles(Roles.HR_ADMIN).expired().sign(), "GET", "/api/v1/programs", null), 401),
                rule("foreign issuer", t -> new Call(TestTokens.user(agency.tenant).roles(Roles.HR_ADMIN).foreignIssuer().sign(), "GET", "/api/v1/programs", null), 401),
                rule("hr-admin of the agency", t -> new Call(hr(), "GET", "/api/v1/sessions/" + session, null), 200));
    }

    /** One call: who (a token, or none), what, with which body. */
    record Call(String token, String method, String path, Object body) {
    }

    private static Arguments rule(String who, Function<AccessRulesApiTest, Call> call, int status) {
        return Arguments.of(who, call, status);
    }

    private Map<String, Object> rows() {
        return Map.of("rows", List.of(Agency.row("acc-1", employee, "PRESENT")));
    }

    private Map<String, Object> meetingBody() {
        return Map.of("date", "2026-06-02", "start", "08:00", "end", "10:00", "mode", "ONLINE",
                "link", "https://meet.example/x");
    }

    @Test
    void anotherAgencyRegisteringATakenIdLearnsOnlyThatTheKeyIsTaken() {
        as(otherHr()).body(Map.of("id", institution, "name", "Lembaga Lain", "kind", "PRIVATE"))
                .post("/api/v1/institutions").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Data dengan kunci yang sama sudah ada."))
                .body("detail", not(containsString(institution)));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("rules")
    void enforcesRoleAndTenant(String who, Function<AccessRulesApiTest, Call> rule, int status) {
        Call call = rule.apply(this);
        RequestSpecification request = call.token() == null ? given().contentType("application/json") : as(call.token());
        if (call.body() != null) {
            request.body(call.body());
        }
        request.request(call.method(), call.path()).then().statusCode(status);
    }
}
