package id.asn.competency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.kit.caller.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a client controls reaches competency-service's database only when it can be stored and has the JSON type the
 * API document gives it (docs/adr/0022-strict-input.md): otherwise a 400 problem naming the field, never a 500.
 */
@QuarkusTest
class StrictInputApiTest {

    private static final String PROBLEM = "application/problem+json";

    private final Agency agency = new Agency("strict-input");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/employees/1986%00,                  nip",
            "/api/v1/employees/1986%00/profile,          nip",
            "/api/v1/employees?name=Siti%00,             name",
            "/api/v1/competencies/M%005,                 code",
            "/api/v1/competencies/M5/versions?x=%00,     x",
            "/api/v1/gap-reports?competencyCode=M%002,   competencyCode"})
    void aNulInThePathOrQueryIsA400NamingTheParameter(String path, String field) {
        agency.hrAdmin().urlEncodingEnabled(false).header("Accept-Language", "en").get(path).then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(field));
    }

    @Test
    void aBodyOfOtherJsonTypesUnknownFieldsOrNulIsRefusedNamingTheField() {
        String nip = agency.newNip();
        agency.as(agency.token(Roles.HR_ADMIN)).header("Accept-Language", "en")
                .body("{\"name\":60,\"employeeType\":\"PNS\",\"unitCode\":\"BKPSDM\"}")
                .put("/api/v1/employees/" + nip).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("text (a JSON string)"));
        agency.hrAdmin().header("Accept-Language", "en")
                .body("{\"name\":\"Budi\",\"employeeType\":\"PNS\",\"unitCode\":\"BKPSDM\",\"golongan\":\"III/c\"}")
                .put("/api/v1/employees/" + nip).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("golongan"))
                .body("errors[0].message", containsString("not known"));
        agency.hrAdmin().header("Accept-Language", "en")
                .body("{\"name\":\"Bu\\u0000di\",\"employeeType\":\"PNS\",\"unitCode\":\"BKPSDM\"}")
                .put("/api/v1/employees/" + nip).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
        agency.hrAdmin().get("/api/v1/employees/" + nip).then().statusCode(404);
    }
}
