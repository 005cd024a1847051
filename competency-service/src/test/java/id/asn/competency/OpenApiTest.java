package id.asn.competency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published contract: every operation documented, errors as problem+json, request bodies with examples. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationHasASummaryDescriptionProblemResponsesAndBodyExamples() {
        JsonNode doc = Events.parse(given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("summary").asText().isBlank()) {
                    missing.add(name + ": summary");
                }
                if (operation.path("description").asText().isBlank()) {
                    missing.add(name + ": description");
                }
                boolean problemDocumented = false;
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("4")) {
                        problemDocumented |= response.getValue().path("content").has("application/problem+json");
                    }
                }
                if (!problemDocumented) {
                    missing.add(name + ": problem+json response");
                }
                JsonNode body = operation.path("requestBody").path("content");
                body.properties().forEach(media -> {
                    if (!media.getValue().has("examples") && !media.getValue().has("example")) {
                        missing.add(name + ": example for " + media.getKey());
                    }
                });
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(25);
        assertThat(missing).isEmpty();
    }
}
