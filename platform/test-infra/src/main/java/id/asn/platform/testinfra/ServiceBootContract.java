package id.asn.platform.testinfra;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service must offer once started, on the real database and broker: readiness covering both,
 * its OpenAPI document with the bearer scheme, Swagger UI and Prometheus metrics including the outbox gauges.
 * A service's test extends it: {@code @QuarkusTest class BootContractTest extends ServiceBootContract {}}.
 */
public abstract class ServiceBootContract {

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", hasItem(containsString("Kafka")));
    }

    @Test
    void publishesItsOpenApiWithTheBearerScheme() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void exposesPrometheusMetricsWithTheOutboxGauges() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("asn_outbox_pending"))
                .body(containsString("asn_outbox_oldest_age_seconds"));
    }
}
