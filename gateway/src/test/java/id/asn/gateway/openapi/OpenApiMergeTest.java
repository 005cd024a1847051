package id.asn.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The merge itself, without HTTP: what a generated client relies on. */
class OpenApiMergeTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpenApiMerge merge = new OpenApiMerge(mapper,
            Map.of("competencies", "competency", "programs", "training"));

    @Test
    void operationIdsStayUniqueWhenTwoServicesUseTheSameOne() throws Exception {
        TreeMap<String, JsonNode> documents = new TreeMap<>(Map.of(
                "competency", document("/api/v1/competencies", "CatalogResource_list"),
                "training", document("/api/v1/programs", "CatalogResource_list")));

        JsonNode merged = merge.merge(documents, List.of());

        assertThat(merged.at("/paths/~1api~1v1~1competencies/get/operationId").asText())
                .isEqualTo("CatalogResource_list");
        assertThat(merged.at("/paths/~1api~1v1~1programs/get/operationId").asText())
                .isEqualTo("CatalogResource_list_training");
    }

    @Test
    void distinctOperationIdsAreKeptAsTheServicesNameThem() throws Exception {
        TreeMap<String, JsonNode> documents = new TreeMap<>(Map.of(
                "competency", document("/api/v1/competencies", "CompetencyResource_list"),
                "training", document("/api/v1/programs", "ProgramResource_list")));

        JsonNode merged = merge.merge(documents, List.of());

        assertThat(merged.at("/paths/~1api~1v1~1programs/get/operationId").asText())
                .isEqualTo("ProgramResource_list");
    }

    private JsonNode document(String path, String operationId) throws Exception {
        return mapper.readTree("""
                {"openapi": "3.1.0", "paths": {"%s": {"get": {"operationId": "%s",
                  "responses": {"200": {"description": "ok"}}}}}}""".formatted(path, operationId));
    }
}
