package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.asn.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * What the gateway answers itself at the edge: a URI too long for the services and a NUL character no service can
 * store (issue 13.1), a service that
 * hangs up, and the security headers of an API (issue 13.12).
 */
@QuarkusTest
class EdgeHygieneApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String token = Tokens.valid("hr.palembang", "hr-admin");

    @Test
    void aNulInAQueryParameterIs400NamingTheParameter() {
        given().auth().oauth2(token).urlEncodingEnabled(false).header("Accept-Language", "en")
                .when().get("/api/v1/competencies?page=1&q=ab%00c")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:validation"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", equalTo("must not contain the NUL character (0x00)"))
                .body("detail", equalTo("The request contains a NUL character (0x00), which cannot be stored: q."));
    }

    @Test
    void aNulInThePathIs400NamingThePath() {
        given().auth().oauth2(token).urlEncodingEnabled(false)
                .when().get("/api/v1/competencies/K%00-01")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("path"));
    }

    @Test
    void aNulIsRefusedBeforeTheTokenIsLookedAt() {
        given().urlEncodingEnabled(false)
                .when().get("/api/v1/certificates/verify/%00")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void aUriLongerThanTheServicesAcceptIs414ProblemJsonFromTheGateway() {
        // 5,000 characters: over the services' 4,096-byte request line, which would cut it with a bare 414
        given().auth().oauth2(token).header("Accept-Language", "en")
                .when().get("/api/v1/competencies?q=" + "k".repeat(5_000))
                .then().statusCode(414)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:uri-too-long"))
                .body("detail", equalTo("The request URI (path and query) has 5,023 characters, over the limit of "
                        + "4,000. Send long criteria in a request body or narrow the search."));
    }

    @Test
    void aUriWithinTheLimitIsPassedOn() {
        given().auth().oauth2(token)
                .when().get("/api/v1/competencies?q=" + "k".repeat(3_900))
                .then().statusCode(200);
    }

    @Test
    void aServiceThatHangsUpIs502SayingSo() {
        given().auth().oauth2(token).header("Accept-Language", "en")
                .when().get("/api/v1/competencies/hang-up")
                .then().statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:asn:problem:bad-gateway"))
                .body("detail", equalTo("Service competency closed the connection without answering this request."));
    }

    @Test
    void everyAnswerSaysNosniffAndNamesNoServer() {
        given().auth().oauth2(token)
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Server", nullValue())
                .header("Strict-Transport-Security", nullValue());
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void behindTlsAnswersCarryHsts() {
        given().auth().oauth2(token).header("X-Forwarded-Proto", "https")
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(200)
                .header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void answersToACallWithATokenAreNotStoredByCaches() {
        given().auth().oauth2(token)
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(200)
                .header("Cache-Control", "no-store");
        given().auth().oauth2(token)
                .when().get("/api/v1/competencies/problem")
                .then().statusCode(409)
                .header("Cache-Control", "no-store");
    }
}
