package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestIssuer;
import id.asn.platform.testinfra.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A bearer token is verified once per process: the next request with it is answered from memory (the counter of
 * full verifications stays put), never past the token's {@code exp}, never after the issuer's keys changed, and
 * a token that differs in one character is a new token, verified, and refused when forged.
 */
@QuarkusTest
class TokenCacheApiTest {

    @Inject
    MeterRegistry metrics;

    @Test
    void theSecondRequestWithATokenSkipsVerification() {
        String token = hrAdmin("cache-second").sign();
        double before = verifications();
        get(token, 200);
        assertThat(verifications()).isEqualTo(before + 1);
        double hits = hits();
        get(token, 200);
        get(token, 200);
        assertThat(verifications()).as("verified once").isEqualTo(before + 1);
        assertThat(hits()).isEqualTo(hits + 2);
    }

    @Test
    void anExpiredTokenIsRefusedEvenThoughItWasVerifiedBefore() {
        // long enough for two requests on a loaded machine, short enough to wait for
        String token = hrAdmin("cache-expiry").expiresAt(Instant.now().plusSeconds(10)).sign();
        get(token, 200);
        double hits = hits();
        get(token, 200);
        assertThat(hits()).as("answered from memory while valid").isEqualTo(hits + 1);
        // past exp (and the issuer's clock skew allowance) the remembered answer no longer counts
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> get(token, 401));
    }

    @Test
    void aChangedKeySetMakesEveryRememberedTokenBeVerifiedAgain() {
        String token = hrAdmin("cache-rotation").sign();
        get(token, 200);
        get(token, 200);
        double before = verifications();
        TestIssuer.SigningKey rotated = TestIssuer.get().rotate();
        // the first token of the new key makes the service fetch the issuer's key set again
        get(hrAdmin("cache-rotation").signedWith(rotated).sign(), 200);
        get(token, 200);
        assertThat(verifications()).as("the new key's token and the old token, verified again")
                .isEqualTo(before + 2);
    }

    @Test
    void aTamperedTokenIsRefusedAlthoughItsOriginalWasVerified() {
        String token = hrAdmin("cache-tamper").sign();
        get(token, 200);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("hr-admin", "hr-admin\",\"national-viewer");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes()) + "." + parts[2];
        get(forged, 401);
        String lastCharacter = token.substring(0, token.length() - 1)
                + (token.endsWith("A") ? "B" : "A");
        get(lastCharacter, 401);
        get(token, 200);
    }

    private static TestTokens hrAdmin(String tenant) {
        return TestTokens.user(tenant).roles(Roles.HR_ADMIN);
    }

    private static void get(String token, int status) {
        given().auth().oauth2(token).get("/api/v1/probes").then().statusCode(status);
    }

    private double verifications() {
        return metrics.counter("asn.token.verifications").count();
    }

    private double hits() {
        return metrics.counter("asn.token.cache.hits").count();
    }
}
