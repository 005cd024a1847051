package id.asn.competency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestIssuer;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service verifies bearer tokens itself, knowing its issuer by URL only (discovery, JWKS): the clock skew,
 * the audience and issuer checks, keys it has never seen, a key the issuer adds while the service runs, and the
 * claims (tenant, roles) the kit's Caller reads from a verified token.
 */
@QuarkusTest
class TokenVerificationApiTest {

    private static final String PROBLEM = "application/problem+json";

    private final Agency agency = new Agency("tokens");
    private String unit;

    @BeforeEach
    void agency() {
        agency.once(() -> unit = agency.unit("T1", null));
    }

    @Test
    void tokenExpiredBeyondTheClockSkewIs401ProblemJson() {
        String token = hrAdmin().expiresAt(Instant.now().minusSeconds(clockSkewSeconds() + 30L)).sign();
        assertRejected(token);
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsAccepted() {
        String token = hrAdmin().expiresAt(Instant.now().minusSeconds(clockSkewSeconds() / 2)).sign();
        given().auth().oauth2(token).get("/api/v1/units/" + unit).then().statusCode(200);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        assertRejected(hrAdmin().audience("another-platform").sign());
    }

    @Test
    void tokenOfAnotherIssuerIs401() {
        assertRejected(hrAdmin().foreignIssuer().sign());
    }

    @Test
    void tokenOfAKeyInNoJwksIs401() {
        assertRejected(hrAdmin().unknownKey().sign());
    }

    @Test
    void tokenOfAKeyTheIssuerAddedLaterIsAcceptedWithoutRestart() {
        given().auth().oauth2(hrAdmin().sign()).get("/api/v1/units/" + unit).then().statusCode(200);
        TestIssuer.SigningKey rotated = TestIssuer.get().rotate();

        given().auth().oauth2(hrAdmin().signedWith(rotated).sign())
                .get("/api/v1/units/" + unit).then().statusCode(200).body("id", equalTo(unit));
    }

    @Test
    void tenantAndRolesComeFromTheVerifiedToken() {
        given().auth().oauth2(TestTokens.user("tokens-elsewhere").roles(Roles.HR_ADMIN).sign())
                .get("/api/v1/units/" + unit).then().statusCode(404);
        given().auth().oauth2(TestTokens.user(agency.tenant).roles(Roles.TRAINING_PARTNER).sign())
                .get("/api/v1/units/" + unit).then().statusCode(403);
    }

    private TestTokens hrAdmin() {
        return TestTokens.user(agency.tenant).roles(Roles.HR_ADMIN);
    }

    private static int clockSkewSeconds() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.token.lifespan-grace", Integer.class);
    }

    private void assertRejected(String token) {
        given().auth().oauth2(token).get("/api/v1/units/" + unit)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:asn:problem:unauthenticated"))
                .body("status", equalTo(401));
    }
}
