package id.asn.competency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.kit.caller.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role and tenant rules of every endpoint. Callers: E (an employee), X (another employee), S (E's direct
 * supervisor), S2 (a supervisor, not E's), HR (hr-admin), ASSESSOR, INTEGRATION, PARTNER (training-partner),
 * OTHER_HR / OTHER_ASSESSOR (another agency), ANON (no token).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessApiTest {

    private final Agency agency = new Agency("access");
    private final Agency other = new Agency("access-other");
    private String e;
    private String x;
    private String s;
    private String s2;
    private String unit;
    private String position;
    private String assessment;

    @BeforeEach
    void agency() {
        agency.once(() -> {
            unit = agency.unit("U1", null);
            position = agency.position("P1", "PENGAWAS", unit);
            agency.standard(position, LocalDate.of(2025, 1, 1), Map.of("M1", 2, "SK1", 2));
            s = agency.newNip();
            s2 = agency.newNip();
            e = agency.newNip();
            x = agency.newNip();
            agency.employee(s, "Supervisor", "U1", "P1", null);
            agency.employee(s2, "Supervisor Dua", "U1", "P1", null);
            agency.employee(e, "Employee", "U1", "P1", s);
            agency.employee(x, "Other Employee", "U1", "P1", s2);
            assessment = agency.assess(e, "ASSESSMENT_CENTRE", LocalDate.now().minusMonths(2), Map.of("M1", "2.00"),
                    null);
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        GET  | /api/v1/competencies                     | E              | -              | 200
        GET  | /api/v1/competencies                     | ANON           | -              | 401
        GET  | /api/v1/competencies                     | PARTNER        | -              | 403
        GET  | /api/v1/competencies/M1                  | INTEGRATION    | -              | 200
        GET  | /api/v1/competencies/M1/versions         | ASSESSOR       | -              | 200
        POST | /api/v1/competencies                     | E              | COMPETENCY     | 403
        POST | /api/v1/competencies                     | ASSESSOR       | COMPETENCY     | 403
        POST | /api/v1/competencies/M1/versions         | INTEGRATION    | COMPETENCY     | 403
        GET  | /api/v1/units                            | E              | -              | 200
        GET  | /api/v1/units/{unit}                     | S              | -              | 200
        GET  | /api/v1/units/{unit}                     | OTHER_HR       | -              | 404
        GET  | /api/v1/units/{unit}                     | PARTNER        | -              | 403
        POST | /api/v1/units                            | E              | UNIT           | 403
        POST | /api/v1/units                            | INTEGRATION    | UNIT           | 403
        PUT  | /api/v1/units/{unit}                     | OTHER_HR       | UNIT           | 404
        PUT  | /api/v1/units/{unit}                     | S              | UNIT           | 403
        GET  | /api/v1/positions                        | ASSESSOR       | -              | 200
        GET  | /api/v1/positions/{position}             | OTHER_HR       | -              | 404
        POST | /api/v1/positions                        | ASSESSOR       | POSITION       | 403
        PUT  | /api/v1/positions/{position}             | OTHER_HR       | POSITION       | 404
        GET  | /api/v1/positions/{position}/standards   | E              | -              | 200
        GET  | /api/v1/positions/{position}/standard    | OTHER_HR       | -              | 404
        POST | /api/v1/positions/{position}/standards   | S              | STANDARD       | 403
        POST | /api/v1/positions/{position}/standards   | OTHER_HR       | STANDARD       | 404
        GET  | /api/v1/positions/{position}/standard-suggestion | HR     | -              | 200
        GET  | /api/v1/positions/{position}/standard-suggestion | E      | -              | 403
        GET  | /api/v1/positions/{position}/standard-suggestion | OTHER_HR | -            | 404
        GET  | /api/v1/positions/{position}/job-fit     | HR             | -              | 200
        GET  | /api/v1/positions/{position}/job-fit     | S              | -              | 403
        GET  | /api/v1/positions/{position}/job-fit     | OTHER_HR       | -              | 404
        GET  | /api/v1/employees                        | E              | -              | 403
        GET  | /api/v1/employees/{e}                    | E              | -              | 200
        GET  | /api/v1/employees/{e}                    | X              | -              | 404
        GET  | /api/v1/employees/{e}                    | S              | -              | 200
        GET  | /api/v1/employees/{e}                    | S2             | -              | 404
        GET  | /api/v1/employees/{e}                    | ASSESSOR       | -              | 200
        GET  | /api/v1/employees/{e}                    | INTEGRATION    | -              | 200
        GET  | /api/v1/employees/{e}                    | OTHER_HR       | -              | 404
        PUT  | /api/v1/employees/{e}                    | E              | EMPLOYEE       | 403
        PUT  | /api/v1/employees/{e}                    | ASSESSOR       | EMPLOYEE       | 403
        PUT  | /api/v1/employees/{e}                    | INTEGRATION    | EMPLOYEE       | 200
        POST | /api/v1/employees/import                 | S              | IMPORT         | 403
        POST | /api/v1/employees/import                 | ASSESSOR       | IMPORT         | 403
        POST | /api/v1/employees/import                 | INTEGRATION    | IMPORT         | 200
        GET  | /api/v1/employees/{e}/profile            | E              | -              | 200
        GET  | /api/v1/employees/{e}/profile            | X              | -              | 404
        GET  | /api/v1/employees/{e}/profile            | S              | -              | 200
        GET  | /api/v1/employees/{e}/profile            | S2             | -              | 404
        GET  | /api/v1/employees/{e}/profile            | HR             | -              | 200
        GET  | /api/v1/employees/{e}/profile            | ASSESSOR       | -              | 403
        GET  | /api/v1/employees/{e}/profile            | INTEGRATION    | -              | 403
        GET  | /api/v1/employees/{e}/profile            | OTHER_HR       | -              | 404
        POST | /api/v1/assessments                      | ASSESSOR       | ASSESS_AC_E    | 201
        POST | /api/v1/assessments                      | HR             | ASSESS_AC_E    | 201
        POST | /api/v1/assessments                      | S              | ASSESS_SUP_E   | 201
        POST | /api/v1/assessments                      | S              | ASSESS_AC_E    | 403
        POST | /api/v1/assessments                      | S2             | ASSESS_SUP_E   | 400
        POST | /api/v1/assessments                      | E              | ASSESS_SELF_E  | 201
        POST | /api/v1/assessments                      | E              | ASSESS_SUP_E   | 403
        POST | /api/v1/assessments                      | X              | ASSESS_SELF_E  | 400
        POST | /api/v1/assessments                      | INTEGRATION    | ASSESS_AC_E    | 403
        POST | /api/v1/assessments                      | OTHER_ASSESSOR | ASSESS_AC_E    | 400
        GET  | /api/v1/assessments/{assessment}         | ASSESSOR       | -              | 200
        GET  | /api/v1/assessments/{assessment}         | E              | -              | 200
        GET  | /api/v1/assessments/{assessment}         | S              | -              | 200
        GET  | /api/v1/assessments/{assessment}         | X              | -              | 404
        GET  | /api/v1/assessments/{assessment}         | OTHER_ASSESSOR | -              | 404
        GET  | /api/v1/assessments/{assessment}         | INTEGRATION    | -              | 403
        GET  | /api/v1/assessments?nip={e}              | E              | -              | 200
        GET  | /api/v1/assessments?nip={e}              | X              | -              | 404
        GET  | /api/v1/assessments?nip={e}              | OTHER_HR       | -              | 404
        GET  | /api/v1/gap-reports                      | HR             | -              | 200
        GET  | /api/v1/gap-reports                      | S              | -              | 403
        GET  | /api/v1/gap-reports                      | ASSESSOR       | -              | 403
        GET  | /api/v1/gap-reports                      | ANON           | -              | 401
        """)
    void endpointEnforcesRoleAndTenant(String method, String path, String caller, String body, int expected) {
        RequestSpecification request = caller.equals("ANON") ? given() : given().auth().oauth2(token(caller));
        request = request.contentType(ContentType.JSON).accept(ContentType.JSON);
        if (body != null) {
            request = request.body(body(body));
        }
        Response response = request.request(method, resolve(path));
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aSupervisorListsOnlyDirectReports() {
        List<String> nips = given().auth().oauth2(token("S")).get("/api/v1/employees").then().statusCode(200)
                .extract().jsonPath().getList("items.nip", String.class);
        assertThat(nips).containsExactly(e);
        List<String> all = agency.hrAdmin().get("/api/v1/employees").then().statusCode(200).extract().jsonPath()
                .getList("items.nip", String.class);
        assertThat(all).contains(e, x, s, s2);
        other.hrAdmin().get("/api/v1/employees").then().statusCode(200).extract().jsonPath()
                .getList("items.nip", String.class).forEach(n -> assertThat(n).isNotIn(e, x, s, s2));
    }

    private String token(String caller) {
        return switch (caller) {
            case "E" -> agency.tokenFor(e, Roles.EMPLOYEE);
            case "X" -> agency.tokenFor(x, Roles.EMPLOYEE);
            case "S" -> agency.tokenFor(s, Roles.EMPLOYEE, Roles.SUPERVISOR);
            case "S2" -> agency.tokenFor(s2, Roles.EMPLOYEE, Roles.SUPERVISOR);
            case "HR" -> agency.token(Roles.HR_ADMIN);
            case "ASSESSOR" -> agency.token(Roles.ASSESSOR);
            case "INTEGRATION" -> agency.token(Roles.INTEGRATION);
            case "PARTNER" -> agency.shared.partnerToken("lpk-1", Roles.TRAINING_PARTNER);
            case "OTHER_HR" -> other.token(Roles.HR_ADMIN);
            case "OTHER_ASSESSOR" -> other.token(Roles.ASSESSOR);
            default -> throw new IllegalArgumentException(caller);
        };
    }

    private String resolve(String path) {
        return path.replace("{unit}", unit).replace("{position}", position).replace("{e}", e)
                .replace("{assessment}", assessment);
    }

    private Object body(String name) {
        String today = LocalDate.now().toString();
        return switch (name) {
            case "COMPETENCY" -> Map.of("code", "T.ACC", "name", "Teknis", "definition", "d",
                    "effectiveFrom", "2031-01-01", "levels", List.of(Map.of("level", 1, "description", "d",
                            "indicators", List.of("i"))));
            case "UNIT" -> Map.of("code", "U9", "name", "Unit Sembilan", "version", 0);
            case "POSITION" -> Map.of("code", "P9", "title", "Jabatan", "positionClass", "PELAKSANA",
                    "version", 0);
            case "STANDARD" -> Map.of("effectiveFrom", "2031-01-01",
                    "items", List.of(Map.of("competencyCode", "M1", "requiredLevel", 2)));
            case "EMPLOYEE" -> Map.of("name", "Employee", "employeeType", "PNS", "unitCode", "U1",
                    "positionCode", "P1", "supervisorNip", s, "rank", "III/a");
            case "IMPORT" -> Map.of("rows", List.of(Map.of("nip", e, "name", "Employee", "employeeType", "PNS",
                    "unitCode", "U1", "positionCode", "P1", "supervisorNip", s, "rank", "III/a")));
            case "ASSESS_AC_E" -> assessment(e, "ASSESSMENT_CENTRE", today);
            case "ASSESS_SUP_E" -> assessment(e, "SUPERVISOR", today);
            case "ASSESS_SELF_E" -> assessment(e, "SELF", today);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static Map<String, Object> assessment(String nip, String method, String on) {
        return Map.of("nip", nip, "method", method, "assessedOn", on,
                "scores", List.of(Map.of("competencyCode", "M1", "score", 2)));
    }
}
