package id.asn.platform.testinfra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service must offer once started, on the real database and broker: readiness covering both,
 * its OpenAPI document with the bearer scheme and a guide an integrator can work from (every write idempotent by
 * key or exempt with a reason), Swagger UI and Prometheus metrics including the outbox gauges, row-level security
 * on every tenant table ({@link TenantIsolationContract}).
 * A service's test extends it: {@code @QuarkusTest class BootContractTest extends ServiceBootContract {}}.
 */
public abstract class ServiceBootContract {

    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");

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

    @Test
    void isolatesEveryTenantTableInTheDatabase() throws java.sql.SQLException {
        TenantIsolationContract.assertEveryTenantTableIsolated();
    }

    /** How many {@code /api/v1} operations the service documents at least, so that a lost resource shows. */
    protected int expectedOperationsAtLeast() {
        return 0;
    }

    @Test
    void documentsEveryOperationForAnIntegrator() {
        JsonNode document = TopicReader.json(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                missing.addAll(gaps(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue()));
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(expectedOperationsAtLeast());
        assertThat(missing).isEmpty();
    }

    /**
     * Every write of the API takes an {@code Idempotency-Key} (the kit's {@code @Idempotent}, ADR 0023) or says why
     * a retry needs none ({@code @IdempotencyExempt}, the document's {@code x-idempotency-exempt}).
     */
    @Test
    void everyWriteTakesAnIdempotencyKeyOrSaysWhyNot() {
        JsonNode document = TopicReader.json(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITES.contains(operation.getKey()) || !operation.getValue().path("x-idempotency-exempt").asText()
                        .isBlank()) {
                    continue;
                }
                boolean header = false;
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    header |= "header".equals(parameter.path("in").asText())
                            && "Idempotency-Key".equalsIgnoreCase(parameter.path("name").asText());
                }
                boolean conflict = operation.getValue().path("responses").has("409");
                if (!header || !conflict) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(missing).as("writes without the Idempotency-Key header and its 409 (add @Idempotent, or "
                + "@IdempotencyExempt with the reason)").isEmpty();
    }

    // what a reader of the generated documentation or a client generator would miss on one operation
    private static List<String> gaps(String where, JsonNode operation) {
        List<String> missing = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            missing.add(where + ": summary");
        }
        if (operation.path("description").asText().isBlank()) {
            missing.add(where + ": description");
        }
        boolean problem = false;
        boolean successWithContent = false;
        boolean successExample = false;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            JsonNode content = response.getValue().path("content");
            if (response.getKey().startsWith("4")) {
                problem |= content.has("application/problem+json");
            }
            if (response.getKey().startsWith("2") && !content.isEmpty()) {
                successWithContent = true;
                successExample |= hasExample(content);
            }
        }
        if (!problem) {
            missing.add(where + ": problem+json error response");
        }
        if (successWithContent && !successExample) {
            missing.add(where + ": example of a successful response");
        }
        operation.path("requestBody").path("content").properties().forEach(media -> {
            if (!media.getValue().has("examples") && !media.getValue().has("example")) {
                missing.add(where + ": example of the request body as " + media.getKey());
            }
        });
        return missing;
    }

    private static boolean hasExample(JsonNode content) {
        for (Map.Entry<String, JsonNode> media : content.properties()) {
            if (media.getValue().has("examples") || media.getValue().has("example")) {
                return true;
            }
        }
        return false;
    }
}
