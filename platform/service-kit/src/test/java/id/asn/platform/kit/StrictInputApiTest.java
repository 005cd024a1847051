package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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

    @Test
    void aNulByteInAHeaderIsRefusedBeforeAnyQuery() throws Exception {
        String token = TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign();
        String answer = rawRequest("GET /api/v1/probes/by-nip/" + NIP + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nX-Unit: Bagian\u0000Umum\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
    }

    /** A NUL in a parameter's name is named too, and the connection stays usable for the next request. */
    @Test
    void aNulInAQueryParameterNameIsA400ProblemAndTheConnectionStaysOpen() throws Exception {
        String token = TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign();
        String path = "/api/v1/probes/by-nip/" + NIP;
        String answer = rawRequest("GET " + path + "?%00=x HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\nAccept-Language: en\r\n\r\n"
                + "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains(PROBLEM).contains("\"field\":\"");
        assertThat(answer.indexOf("HTTP/1.1 200")).as("the second request on the same connection is answered")
                .isPositive();
    }

    @Test
    void anUnknownFieldInABodyIsRefusedNamingIt() {
        hrAdmin().body("{\"name\":\"Siti\",\"nip\":\"" + NIP + "\",\"nmae\":\"Siti\"}").post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:validation"))
                .body("errors[0].field", equalTo("nmae"))
                .body("errors[0].message", containsString("not known"));
        hrAdmin().body("{\"rows\":[{\"name\":\"A\",\"nip\":\"" + NIP + "\"},{\"name\":\"B\",\"nip\":\"" + NIP
                        + "\",\"unit\":\"u-1\"}]}").post("/api/v1/probes/batch")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("rows[1].unit"));
    }

    /** What the server answers to bytes no HTTP client library would send. */
    private static String rawRequest(String request) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
