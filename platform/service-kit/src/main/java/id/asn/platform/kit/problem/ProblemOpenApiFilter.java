package id.asn.platform.kit.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error side of every operation once instead of on every method: each 4xx/5xx response gets the
 * {@code application/problem+json} body (RFC 9457), and every operation lists the problems any call can meet
 * (401, 403, 404 for another agency's or partner's data, 500).
 */
public class ProblemOpenApiFilter implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> COMMON = Map.of(
            "401", "No valid bearer token.",
            "403", "The token's role may not call this operation.",
            "404", "Not found, or it belongs to another agency or partner (never revealed).",
            "500", "Unexpected failure; `correlationId` finds it in the logs.");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> common : COMMON.entrySet()) {
            if (!responses.hasAPIResponse(common.getKey())) {
                responses.addAPIResponse(common.getKey(), OASFactory.createAPIResponse().description(common.getValue()));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                Content content = response.getValue().getContent();
                if (content == null || content.getMediaType(PROBLEM) == null) {
                    response.getValue().content(OASFactory.createContent().addMediaType(PROBLEM,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
                }
            }
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        // a component of its own: a service whose scan met the problem record has one already, and this
        // replaces it instead of leaving it unused
        openAPI.getComponents().addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("JSON path of the rejected field, e.g. `rows[3].nip`."))
                .addProperty("message", text));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document; texts follow Accept-Language (Indonesian by default).")
                .required(List.of("type", "title", "status"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("urn:asn:problem:business-rule"))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .example("Aturan bisnis menolak perubahan"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).example(422))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("correlationId", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("FieldError"))));
    }
}
