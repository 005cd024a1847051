package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Every error a client can meet is an RFC 9457 problem document, localized, naming the field. */
@QuarkusTest
class ProblemShapesApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static RequestSpecification as(String tenant, String... roles) {
        return given().auth().oauth2(TestTokens.user(tenant).roles(roles).sign()).contentType("application/json");
    }

    private static RequestSpecification hrAdmin() {
        return as("palembang", Roles.HR_ADMIN);
    }

    @Test
    void validationNamesEachFieldInIndonesianByDefault() {
        hrAdmin().body("{\"name\":\"\",\"nip\":\"12\"}").post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:validation"))
                .body("title", equalTo("Permintaan tidak valid"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/probes"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("nip"))
                .body("errors.find { it.field == 'name' }.message", equalTo("wajib diisi"));
    }

    @Test
    void validationSpeaksEnglishWhenAsked() {
        hrAdmin().header("Accept-Language", "en").body("{\"name\":\"\",\"nip\":\"198609262015051001\"}")
                .post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid request"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void nestedRowsAreNamedByTheirJsonPath() {
        hrAdmin().body("{\"rows\":[{\"name\":\"A\",\"nip\":\"198609262015051001\"},{\"name\":\"B\",\"nip\":\"x\"}]}")
                .post("/api/v1/probes/batch")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("rows[1].nip"));
    }

    @Test
    void unreadableJsonIsA400() {
        hrAdmin().body("{\"name\": ").post("/api/v1/probes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:malformed-request"));
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        hrAdmin().body("{\"name\":\"A\",\"version\":\"not-a-number\"}")
                .put("/api/v1/probes/" + java.util.UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void unknownPathIsA404Problem() {
        hrAdmin().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:not-found"));
    }

    @Test
    void anotherTenantsRowIsNotFound() {
        String id = hrAdmin().body("{\"name\":\"Siti\",\"nip\":\"199001012015052001\"}").post("/api/v1/probes")
                .then().statusCode(201).extract().path("id");
        hrAdmin().get("/api/v1/probes/" + id).then().statusCode(200).body("name", equalTo("Siti"));
        as("sawahlunto", Roles.HR_ADMIN).get("/api/v1/probes/" + id)
                .then().statusCode(404).contentType(PROBLEM).body("title", equalTo("Data tidak ditemukan"));
    }

    @Test
    void anUnparsablePathParameterIsA400NotA404() {
        hrAdmin().get("/api/v1/probes/not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:malformed-request"));
    }

    @Test
    void aTokenWithoutAnAgencyCannotTouchAgencyData() {
        as(null, Roles.HR_ADMIN).get("/api/v1/probes").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIsA405Problem() {
        hrAdmin().header("Accept-Language", "en").delete("/api/v1/probes").then().statusCode(405)
                .contentType(PROBLEM).body("detail", equalTo("Method DELETE is not supported here."));
    }

    @Test
    void wrongContentTypeIsA415Problem() {
        given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign())
                .contentType("text/plain").body("hello").post("/api/v1/probes")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void tooLargeBodyIsA413Problem() {
        hrAdmin().body("{\"name\":\"" + "x".repeat(1_200_000) + "\"}").post("/api/v1/probes")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:payload-too-large"));
    }

    @Test
    void staleVersionIsA409Problem() {
        String id = hrAdmin().body("{\"name\":\"Budi\",\"nip\":\"198609262015051001\"}").post("/api/v1/probes")
                .then().statusCode(201).extract().path("id");
        hrAdmin().body("{\"name\":\"Budi S.\",\"version\":0}").put("/api/v1/probes/" + id).then().statusCode(200);
        hrAdmin().body("{\"name\":\"Budi T.\",\"version\":0}").put("/api/v1/probes/" + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:stale-version"));
    }

    @Test
    void businessRuleIsA422WithTheServicesOwnText() {
        hrAdmin().header("Accept-Language", "en").post("/api/v1/probes/rule")
                .then().statusCode(422).contentType(PROBLEM).body("detail", equalTo("At least 20 JP a year."));
    }

    @Test
    void missingExpiredAndForeignTokensAre401() {
        given().get("/api/v1/probes").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).expired().sign())
                .get("/api/v1/probes").then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).foreignIssuer().sign())
                .get("/api/v1/probes").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIsA403() {
        as("palembang", Roles.EMPLOYEE).get("/api/v1/probes").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:asn:problem:forbidden"));
    }

    @Test
    void aFaultIsA500WithACorrelationIdAndNoInternals() {
        hrAdmin().header("X-Request-Id", "req-42").get("/api/v1/probes/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .header("X-Request-Id", equalTo("req-42"))
                .body("correlationId", equalTo("req-42"))
                .body("detail", containsString("req-42"))
                .body("detail", not(containsString("secret")))
                .body("stackTrace", nullValue());
    }

    @Test
    void pagesAreBoundedAndDescribed() {
        hrAdmin().queryParam("size", 500).get("/api/v1/probes").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        hrAdmin().queryParam("page", 1).queryParam("size", 2).get("/api/v1/probes").then().statusCode(200)
                .body("page", equalTo(1)).body("size", equalTo(2)).body("totalItems", notNullValue())
                .body("items", not(emptyOrNullString()));
    }
}
