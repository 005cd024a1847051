package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Outside the local profile the development issuer does not exist: its paths are unknown, not refused. */
@QuarkusTest
class DevIssuerAbsentApiTest {

    @Test
    void noDevAuthRoutesOutsideTheLocalProfile() {
        given().when().get("/dev-auth/users")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:asn:problem:not-found"));
        given().formParam("username", "hr.palembang")
                .when().post("/dev-auth/token")
                .then().statusCode(404).contentType("application/problem+json");
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "partner.palembang")
                .formParam("client_secret", "demo-secret-partner-palembang")
                .when().post("/dev-auth/oauth2/token")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/dev-issuer/.well-known/openid-configuration")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/dev-issuer/jwks")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
