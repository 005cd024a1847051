package id.asn.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges the services' OpenAPI documents into the one document of the public API: the paths each service owns
 * by the route table, their components and tags, and the gateway's bearer scheme. Pure and offline, so that the
 * gateway serving {@code /openapi} and the build linting the API contract use the very same merge.
 */
public final class OpenApiMerge {

    private static final String SCHEME = "bearer";
    private static final String PATH_PREFIX = "/api/v1/";
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectMapper mapper;
    private final Map<String, String> routes;

    /** @param routes first path segment after {@code /api/v1/} to the name of the service that owns it */
    public OpenApiMerge(ObjectMapper mapper, Map<String, String> routes) {
        this.mapper = mapper;
        this.routes = Map.copyOf(routes);
    }

    /**
     * @param documents each service's own document by service name; merged in name order, so a name clash is
     *                  always resolved in favour of the same service
     * @param missing   services whose document could not be had, named in {@code info.description}
     */
    public ObjectNode merge(SortedMap<String, JsonNode> documents, Collection<String> missing) {
        ObjectNode merged = skeleton();
        Set<String> operationIds = new HashSet<>();
        documents.forEach((service, document) -> add(merged, service, document, operationIds));
        String description = "One API for the ASN competency platform, merged from its services. "
                + "Every call needs a Bearer token (JWT) unless marked otherwise.";
        if (!missing.isEmpty()) {
            description += " Not included because the service did not answer: " + String.join(", ", missing) + ".";
        }
        ((ObjectNode) merged.get("info")).put("description", description);
        return merged;
    }

    private ObjectNode skeleton() {
        ObjectNode root = mapper.createObjectNode();
        root.put("openapi", "3.1.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "ASN competency platform API");
        info.put("version", "v1");
        root.putArray("servers").addObject().put("url", "/");
        root.putArray("security").addObject().putArray(SCHEME);
        root.putArray("tags");
        root.putObject("paths");
        ObjectNode schemes = root.putObject("components").putObject("securitySchemes");
        schemes.putObject(SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "A token of the platform's issuer (local stack: ./asn token <user>).");
        return root;
    }

    /** Adds the paths this service owns (per the route table) and the components they use. */
    private void add(ObjectNode merged, String service, JsonNode document, Set<String> operationIds) {
        ObjectNode components = (ObjectNode) merged.get("components");
        JsonNode theirs = document.path("components");
        // a component whose name another service already uses differently is renamed, with its references
        Map<String, String> renamed = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> kinds = theirs.fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            if (kind.getKey().equals("securitySchemes")) {
                continue;
            }
            ObjectNode target = components.has(kind.getKey()) ? (ObjectNode) components.get(kind.getKey())
                    : components.putObject(kind.getKey());
            kind.getValue().fields().forEachRemaining(component -> {
                JsonNode existing = target.get(component.getKey());
                if (existing != null && !existing.equals(component.getValue())) {
                    renamed.put("#/components/" + kind.getKey() + "/" + component.getKey(),
                            "#/components/" + kind.getKey() + "/" + component.getKey() + "_" + service);
                }
            });
        }
        JsonNode rewritten = rewriteRefs(document.deepCopy(), renamed);
        for (Iterator<Map.Entry<String, JsonNode>> kinds = rewritten.path("components").fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            if (kind.getKey().equals("securitySchemes")) {
                continue;
            }
            ObjectNode target = (ObjectNode) components.get(kind.getKey());
            kind.getValue().fields().forEachRemaining(component -> {
                String ref = "#/components/" + kind.getKey() + "/" + component.getKey();
                String name = renamed.containsKey(ref) ? component.getKey() + "_" + service : component.getKey();
                target.set(name, component.getValue());
            });
        }
        ObjectNode paths = (ObjectNode) merged.get("paths");
        rewritten.path("paths").fields().forEachRemaining(path -> {
            if (ownedBy(path.getKey(), service)) {
                paths.set(path.getKey(), withOurScheme(withUniqueOperationIds(path.getValue(), service, operationIds)));
            }
        });
        ArrayNode tags = (ArrayNode) merged.get("tags");
        rewritten.path("tags").forEach(tag -> {
            boolean known = false;
            for (JsonNode existing : tags) {
                known |= existing.path("name").equals(tag.path("name"));
            }
            if (!known) {
                tags.add(tag);
            }
        });
    }

    private boolean ownedBy(String path, String service) {
        if (!path.startsWith(PATH_PREFIX)) {
            return false;
        }
        String rest = path.substring(PATH_PREFIX.length());
        int slash = rest.indexOf('/');
        return service.equals(routes.get(slash < 0 ? rest : rest.substring(0, slash)));
    }

    /**
     * Each service's operationIds are unique only within it; one another service already uses is suffixed
     * {@code _<service>} like a clashing component, so that a generated client gets one method per operation.
     */
    private static JsonNode withUniqueOperationIds(JsonNode pathItem, String service, Set<String> operationIds) {
        pathItem.fields().forEachRemaining(operation -> {
            JsonNode id = operation.getValue().get("operationId");
            if (HTTP_METHODS.contains(operation.getKey()) && id != null && id.isTextual()
                    && !operationIds.add(id.asText())) {
                String unique = id.asText() + "_" + service;
                operationIds.add(unique);
                ((ObjectNode) operation.getValue()).put("operationId", unique);
            }
        });
        return pathItem;
    }

    /** Operations that require some scheme of the service's document require the gateway's bearer instead. */
    private static JsonNode withOurScheme(JsonNode pathItem) {
        pathItem.fields().forEachRemaining(operation -> {
            JsonNode security = operation.getValue().get("security");
            if (security instanceof ArrayNode requirements && !requirements.isEmpty()) {
                requirements.removeAll();
                requirements.addObject().putArray(SCHEME);
            }
        });
        return pathItem;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()
                        && renamed.containsKey(field.getValue().asText())) {
                    field.setValue(TextNode.valueOf(renamed.get(field.getValue().asText())));
                } else {
                    rewriteRefs(field.getValue(), renamed);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renamed));
        }
        return node;
    }
}
