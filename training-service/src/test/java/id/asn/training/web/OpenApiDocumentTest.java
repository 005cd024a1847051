package id.asn.training.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.training.support.Agency;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What integrators read: every operation documented, with examples and problem+json errors. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void every_operation_has_a_summary_a_description_an_example_and_problem_responses() throws Exception {
        JsonNode document = Agency.JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations++;
                String where = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("summary").asText().isBlank()) {
                    missing.add(where + ": summary");
                }
                if (op.path("description").asText().isBlank()) {
                    missing.add(where + ": description");
                }
                boolean example = false;
                boolean problem = false;
                for (Map.Entry<String, JsonNode> response : op.path("responses").properties()) {
                    JsonNode content = response.getValue().path("content");
                    example |= response.getKey().startsWith("2") && content.toString().contains("\"examples\"");
                    problem |= response.getKey().startsWith("4") && content.has("application/problem+json");
                }
                if (!example) {
                    missing.add(where + ": example of a successful response");
                }
                if (!problem) {
                    missing.add(where + ": problem+json error response");
                }
                if (op.has("requestBody") && !op.get("requestBody").toString().contains("\"examples\"")) {
                    missing.add(where + ": example of the request body");
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }
}
