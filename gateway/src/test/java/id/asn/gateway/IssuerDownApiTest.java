package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.asn.gateway.support.IssuerDownProfile;
import id.asn.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * An issuer that cannot be reached does not keep the gateway from starting; a token cannot be checked until it
 * answers (503 problem+json: the token may be valid, the client should retry), a missing token is 401 as always. That it verifies once the issuer is up is {@link DevIssuerApiTest}'s start: there the issuer
 * is the gateway itself, down while the gateway starts.
 */
@QuarkusTest
@TestProfile(IssuerDownProfile.class)
class IssuerDownApiTest {

    @Test
    void gatewayIsAliveAndCannotCheckTokensWhileItsIssuerIsDown() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().auth().oauth2(Tokens.valid("hr.palembang", "hr-admin"))
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asn:problem:service-unavailable"))
                .body("detail", equalTo("Penerbit token tidak dapat dihubungi, sehingga token belum dapat diperiksa; "
                        + "coba lagi nanti."));
        given().when().get("/api/v1/competencies/K-01")
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .contentType("application/problem+json");
    }
}
