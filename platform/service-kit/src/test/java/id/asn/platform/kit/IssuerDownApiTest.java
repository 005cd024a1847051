package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.JwtKeysResource;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * A service whose issuer cannot be reached still starts; a token cannot be checked until the issuer answers
 * (503 problem+json, the client should retry), a request without one is 401 as always.
 */
@QuarkusTest
@TestProfile(IssuerDownApiTest.IssuerDown.class)
class IssuerDownApiTest {

    /** The test profile plus an issuer that never answers. */
    public static class IssuerDown implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test," + JwtKeysResource.ISSUER_DOWN_PROFILE;
        }
    }

    @Test
    void serviceIsUpAndCannotCheckTokensWhileItsIssuerIsDown() {
        given().get("/q/health/live").then().statusCode(200);
        given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign())
                .get("/api/v1/probes").then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:asn:problem:service-unavailable"))
                .body("detail", containsString("Penerbit token"));
        given().get("/api/v1/probes").then().statusCode(401).contentType("application/problem+json");
    }
}
