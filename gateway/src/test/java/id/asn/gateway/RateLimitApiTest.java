package id.asn.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.asn.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Budgets per client and class. In the test profile a training partner may make 3 calls and then 1 per hour;
 * everyone else keeps the default budget.
 */
@QuarkusTest
class RateLimitApiTest {

    @Test
    void partnerOverItsBudgetIs429WithRetryAfterWhileFrontendsKeepGoing() {
        String partner = Tokens.valid("partner.ratelimit", "training-partner");
        String frontendUser = Tokens.valid("employee.ratelimit", "employee");
        long start = System.nanoTime();
        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(partner).when().get("/api/v1/competencies/K-01").then().statusCode(200);
        }
        Response refused = given().auth().oauth2(partner)
                .when().get("/api/v1/competencies/K-01")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:asn:problem:too-many-requests"))
                .extract().response();
        long elapsedSeconds = Duration.ofNanos(System.nanoTime() - start).toSeconds() + 1;

        // the bucket refills from its first call on, so the wait is the hour less what has passed since then
        // (a loaded machine may take seconds over the four calls), rounded up to whole seconds
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(3600 - elapsedSeconds, 3600L);
        assertThat(refused.jsonPath().getString("detail"))
                .isEqualTo("Batas permintaan terlampaui; coba lagi dalam " + retryAfter + " detik.");

        for (int call = 0; call < 5; call++) {
            given().auth().oauth2(frontendUser).when().get("/api/v1/competencies/K-01").then().statusCode(200);
        }
    }

    @Test
    void eachPartnerHasItsOwnBucket() {
        String first = Tokens.valid("partner.first", "training-partner");
        String second = Tokens.valid("partner.second", "training-partner");
        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(first).when().get("/api/v1/competencies/K-01").then().statusCode(200);
        }
        given().auth().oauth2(first).when().get("/api/v1/competencies/K-01").then().statusCode(429);
        given().auth().oauth2(second).when().get("/api/v1/competencies/K-01").then().statusCode(200);
    }
}
