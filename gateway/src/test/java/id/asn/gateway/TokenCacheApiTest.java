package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.gateway.support.Tokens;
import id.asn.platform.testinfra.TestIssuer;
import id.asn.platform.tokencache.VerifiedTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A token is verified once per process and then found by its digest; a changed, expired or superseded one never
 * rides on that.
 */
@QuarkusTest
class TokenCacheApiTest {

    private static final String PATH = "/api/v1/competencies/K-01";

    @Inject
    VerifiedTokens cache;

    @Test
    void aVerifiedTokenIsKeptAndPassesAgain() {
        String token = Tokens.valid("cache.kept", "hr-admin");
        assertThat(cache.lookup(token)).isEmpty();

        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);

        assertThat(cache.lookup(token)).hasValueSatisfying(identity ->
                assertThat(identity.getPrincipal().getName()).isEqualTo("cache.kept"));
        long answered = cache.answeredFromCache();
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200)
                .body("headers.authorization", org.hamcrest.Matchers.equalTo("Bearer " + token));
        // let in from the cache, not verified again
        assertThat(cache.answeredFromCache() - answered).isEqualTo(1);
    }

    @Test
    void aTokenChangedAfterItWasVerifiedIs401() {
        String token = Tokens.valid("cache.tampered", "hr-admin");
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
        String[] parts = token.split("\\.");
        // the same signature over claims that name someone else
        String otherClaims = Tokens.valid("cache.intruder", "hr-admin").split("\\.")[1];

        given().auth().oauth2(parts[0] + "." + otherClaims + "." + parts[2]).when().get(PATH).then().statusCode(401);
        given().auth().oauth2(token + "x").when().get(PATH).then().statusCode(401);
    }

    @Test
    void aKeptTokenIsGoneAtItsExpiryAndThenRefused() {
        String token = Tokens.expiringAt("cache.expiring", Instant.now().plusSeconds(2), "hr-admin");
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
        assertThat(cache.lookup(token)).isPresent();

        await().atMost(Duration.ofSeconds(5)).until(() -> cache.lookup(token).isEmpty());
        // past its exp and the 5 s of clock skew quarkus-oidc allows, the full check refuses it
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(token).when().get(PATH).statusCode() == 401);
    }

    @Test
    void aTokenOfANewKeyDropsEveryKeptToken() {
        String token = Tokens.valid("cache.before-rotation", "hr-admin");
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
        assertThat(cache.lookup(token)).isPresent();

        TestIssuer.SigningKey rotated = TestIssuer.get().rotate();
        String ofTheNewKey = Tokens.signedWith(rotated, "cache.after-rotation", "hr-admin");
        given().auth().oauth2(ofTheNewKey).when().get(PATH).then().statusCode(200);

        assertThat(cache.lookup(token)).isEmpty();
        assertThat(cache.lookup(ofTheNewKey)).isPresent();
        // still a valid token of a published key: verified again, not refused
        given().auth().oauth2(token).when().get(PATH).then().statusCode(200);
    }
}
