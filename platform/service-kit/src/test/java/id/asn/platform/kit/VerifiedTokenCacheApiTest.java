package id.asn.platform.kit;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestAgency;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.tokencache.VerifiedTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service verifies a bearer token once and then answers it from the verified-token cache (issue 12 item 1,
 * docs/adr/0026-verified-token-cache.md), and an identity answered from the cache is held to the same roles and
 * tenant as a freshly verified one. Runs in the same application as every other kit test, after and before them.
 */
@QuarkusTest
class VerifiedTokenCacheApiTest {

    private final TestAgency agency = new TestAgency("token-cache");
    private final TestAgency other = new TestAgency("token-cache-other");

    @Inject
    VerifiedTokens verified;

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgain() {
        String token = agency.token(Roles.HR_ADMIN);
        TestAgency.as(token).get("/api/v1/probes").then().statusCode(200);
        assertThat(verified.lookup(token)).isPresent();

        long before = verified.answeredFromCache();
        TestAgency.as(token).get("/api/v1/probes").then().statusCode(200);
        TestAgency.as(token).get("/api/v1/probes").then().statusCode(200);

        assertThat(verified.answeredFromCache() - before).isEqualTo(2);
    }

    @Test
    void anIdentityFromTheCacheKeepsItsRolesAndAgency() {
        String employee = agency.token(Roles.EMPLOYEE);
        for (int i = 0; i < 2; i++) {
            TestAgency.as(employee).get("/api/v1/probes").then().statusCode(403);
        }
        String hr = agency.token(Roles.HR_ADMIN);
        String id = TestAgency.as(hr).body(Map.of("name", "Pegawai cache", "nip", TestNips.pns()))
                .post("/api/v1/probes").then().statusCode(201).extract().path("id");
        String otherHr = other.token(Roles.HR_ADMIN);
        for (int i = 0; i < 2; i++) {
            TestAgency.as(hr).get("/api/v1/probes/" + id).then().statusCode(200);
            TestAgency.as(otherHr).get("/api/v1/probes/" + id).then().statusCode(404);
        }
        assertThat(verified.lookup(otherHr)).isPresent();
    }

    @Test
    void aTokenChangedAfterItWasVerifiedIsRefused() {
        String token = agency.token(Roles.HR_ADMIN);
        TestAgency.as(token).get("/api/v1/probes").then().statusCode(200);
        String[] parts = token.split("\\.");
        // the same signature over claims of another agency
        String otherClaims = other.token(Roles.HR_ADMIN).split("\\.")[1];

        TestAgency.as(parts[0] + "." + otherClaims + "." + parts[2]).get("/api/v1/probes").then().statusCode(401);
        TestAgency.as(token + "x").get("/api/v1/probes").then().statusCode(401);
    }
}
