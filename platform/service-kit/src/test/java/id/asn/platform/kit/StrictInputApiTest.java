package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input is taken as the client wrote it or refused with a 400 naming the field: no JSON value is converted into
 * another type, and no text the database cannot store (the NUL character) gets as far as a query to fail there.
 */
@QuarkusTest
class StrictInputApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NIP = "198609262015051001";

    private static RequestSpecification hrAdmin() {
        return given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign())
                .contentType("application/json").header("Accept-Language", "en");
    }

    @Test
    void aWellTypedBodyIsTakenAsWritten() {
        hrAdmin().body("""
                        {"title":"PKP","jp":20,"meetings":3,"hours":2.5,"day":"2025-06-20",
                         "startsAt":"2025-06-20T02:15:31Z","online":true,"tags":["a"],"kind":"KLASIKAL"}""")
                .post("/api/v1/probes/schedule").then().statusCode(200)
                .body("jp", equalTo(20)).body("day", equalTo("2025-06-20")).body("online", equalTo(true));
    }

    @ParameterizedTest(name = "{0} = {1} is refused, {2} expected")
    @CsvSource(delimiter = '|', value = {
            "title    | 60                | text (a JSON string)",
            "title    | true              | text (a JSON string)",
            "jp       | \"60\"            | a whole number",
            "meetings | 1.5               | a whole number",
            "meetings | \"3\"             | a whole number",
            "hours    | \"2.5\"           | a number",
            "day      | [2025,6,20]       | a date yyyy-MM-dd as text",
            "day      | 20250620          | a date yyyy-MM-dd as text",
            "startsAt | 1750385731        | an ISO-8601 time as text, e.g. 2025-06-20T02:15:31Z",
            "online   | \"true\"          | true or false",
            "online   | 1                 | true or false",
            "kind     | \"KURSUS\"        | one of KLASIKAL, NONKLASIKAL"})
    void aValueOfAnotherJsonTypeIsNotConverted(String field, String json, String expected) {
        hrAdmin().body("{\"" + field + "\":" + json + "}").post("/api/v1/probes/schedule")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:validation"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(expected));
    }

    @Test
    void aNulCharacterInAJsonStringIsRefusedNamingTheField() {
        hrAdmin().body("{\"name\":\"Siti\\u0000\",\"nip\":\"" + NIP + "\"}").post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("NUL"));
        hrAdmin().body("{\"rows\":[{\"name\":\"A\",\"nip\":\"" + NIP + "\"},{\"name\":\"B\\u0000\",\"nip\":\"" + NIP
                        + "\"}]}").post("/api/v1/probes/batch")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("rows[1].name"));
        hrAdmin().body("{\"tags\":[\"ok\",\"x\\u0000\"]}").post("/api/v1/probes/schedule")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("tags[1]"));
    }

    @Test
    void aNulCharacterInThePathQueryOrAHeaderIsA400NotA500() {
        hrAdmin().get("/api/v1/probes/by-nip/" + NIP).then().statusCode(200);
        hrAdmin().urlEncodingEnabled(false).get("/api/v1/probes/by-nip/1986%00").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("nip"));
        hrAdmin().urlEncodingEnabled(false).get("/api/v1/probes/by-nip/" + NIP + "?name=Siti%00").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("name"));
        hrAdmin().urlEncodingEnabled(false).get("/api/v1/probes/by-nip/1986%00?name=%00").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItems("nip", "name"));
    }
}
