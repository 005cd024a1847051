package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.asn.gateway.support.Tokens;
import id.asn.platform.testinfra.TestIssuer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The token check at the edge: no token, or one the platform did not issue for itself, is 401 problem+json. The
 * gateway knows its issuer by URL only (discovery, JWKS): a key the issuer adds later is trusted without a restart.
 */
@QuarkusTest
class AuthenticationApiTest {

    private static final String PATH = "/api/v1/competencies/K-01";

    @Test
    void requestWithoutTokenIs401WithBearerChallenge() {
        assertRejected(spec -> spec, "Kirim token Bearer yang valid pada header Authorization.");
    }

    @Test
    void expiredTokenIs401() {
        assertRejected(spec -> spec.auth().oauth2(Tokens.expired("hr.palembang")), null);
    }

    @Test
    void tokenExpiredBeyondTheClockSkewIs401() {
        Instant expiry = Instant.now().minusSeconds(clockSkewSeconds() + 30L);
        assertRejected(spec -> spec.auth().oauth2(Tokens.expiringAt("hr.palembang", expiry, "hr-admin")), null);
    }

    @Test
    void tokenExpiredWithinTheClockSkewPasses() {
        Instant expiry = Instant.now().minusSeconds(clockSkewSeconds() / 2);
        given().auth().oauth2(Tokens.expiringAt("hr.palembang", expiry, "hr-admin"))
                .when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void tokenOfAKeyInNoJwksIs401() {
        assertRejected(spec -> spec.auth().oauth2(
                Tokens.signedWith(TestIssuer.SigningKey.generate(), "hr.palembang", "hr-admin")), null);
    }

    @Test
    void tokenOfAKeyTheIssuerAddedLaterPassesWithoutRestart() {
        given().auth().oauth2(Tokens.valid("hr.palembang", "hr-admin")).when().get(PATH).then().statusCode(200);
        TestIssuer.SigningKey rotated = TestIssuer.get().rotate();
        given().auth().oauth2(Tokens.signedWith(rotated, "hr.palembang", "hr-admin"))
                .when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void tokenFromAForeignIssuerIs401() {
        assertRejected(spec -> spec.auth().oauth2(Tokens.fromForeignIssuer("hr.palembang")), null);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        assertRejected(spec -> spec.auth().oauth2(Tokens.forOtherAudience("hr.palembang")), null);
    }

    @Test
    void tokenWithABadSignatureIs401() {
        assertRejected(spec -> spec.auth().oauth2(Tokens.signedByStranger("hr.palembang")), null);
    }

    @Test
    void garbageTokenIs401() {
        assertRejected(spec -> spec.header("Authorization", "Bearer not-a-jwt"), null);
    }

    @Test
    void rejectionSpeaksEnglishWhenAsked() {
        given().header("Accept-Language", "en").auth().oauth2(Tokens.expired("hr.palembang"))
                .when().get(PATH)
                .then().statusCode(401)
                .body("title", equalTo("Authentication required"))
                .body("detail", equalTo("The token was rejected: expired, from an unknown issuer, for another "
                        + "audience, or with an invalid signature."));
    }

    @Test
    void validTokenPasses() {
        given().auth().oauth2(Tokens.valid("hr.palembang", "hr-admin"))
                .when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void publicCertificateLookupNeedsNoToken() {
        // training-service is down in this test: 503 shows the gateway forwarded the call instead of refusing it
        given().when().get("/api/v1/certificates/verify/CERT-2025-0001")
                .then().statusCode(503).body("type", equalTo("urn:asn:problem:service-unavailable"));
        given().when().post("/api/v1/certificates/verify/CERT-2025-0001")
                .then().statusCode(401);
    }

    @Test
    void healthAndApiDocumentNeedNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/openapi").then().statusCode(200);
    }

    private static int clockSkewSeconds() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.token.lifespan-grace", Integer.class);
    }

    private static void assertRejected(Function<RequestSpecification, RequestSpecification> credentials,
                                       String detail) {
        var then = credentials.apply(given())
                .when().get(PATH)
                .then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .header("X-Request-Id", notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asn:problem:unauthenticated"))
                .body("title", equalTo("Autentikasi diperlukan"))
                .body("status", equalTo(401))
                .body("instance", equalTo(PATH))
                .body("correlationId", notNullValue());
        if (detail != null) {
            then.body("detail", equalTo(detail));
        }
    }
}
