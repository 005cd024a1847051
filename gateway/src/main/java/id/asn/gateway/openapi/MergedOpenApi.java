package id.asn.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.asn.gateway.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * {@code GET /openapi}: one document for the whole public API, merged from each service's own
 * {@code /q/openapi}, with the bearer scheme. Fetched when asked and kept for a short while; a service that does
 * not answer is left out and named in {@code info.description}.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final String SCHEME = "bearer";
    private static final String PATH_PREFIX = "/api/v1/";

    private final ObjectMapper mapper;
    private final HttpClient client;
    private final GatewayConfig config;
    private Cached cached;

    MergedOpenApi(Vertx vertx, ObjectMapper mapper, GatewayConfig config) {
        this.mapper = mapper;
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(4));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    void register(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        document().onComplete(done -> {
            if (done.failed()) {
                ctx.fail(done.cause());
                return;
            }
            ctx.response().putHeader("Content-Type", "application/json").end(done.result());
        });
    }

    /** The merged document as JSON text, from the cache while it is fresh. */
    synchronized Future<Buffer> document() {
        long now = System.nanoTime();
        if (cached == null || now - cached.at > config.openapi().cacheTtl().toNanos()) {
            Future<Buffer> fresh = fetchAndMerge();
            cached = new Cached(now, fresh);
            // a failed merge must not be served for the whole TTL
            fresh.onFailure(failure -> forget(fresh));
        }
        return cached.document;
    }

    private synchronized void forget(Future<Buffer> failed) {
        if (cached != null && cached.document == failed) {
            cached = null;
        }
    }

    private Future<Buffer> fetchAndMerge() {
        Map<String, GatewayConfig.Upstream> services = new TreeMap<>(config.services());
        List<String> names = new ArrayList<>(services.keySet());
        List<Future<JsonNode>> fetches = names.stream().map(name -> fetch(name, services.get(name))).toList();
        return Future.join(fetches).transform(ignored -> {
            ObjectNode merged = skeleton();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Future<JsonNode> fetched = fetches.get(i);
                if (fetched.succeeded()) {
                    add(merged, names.get(i), fetched.result());
                } else {
                    missing.add(names.get(i));
                }
            }
            String description = "One API for the ASN competency platform, merged from its services. "
                    + "Every call needs a Bearer token (JWT) unless marked otherwise.";
            if (!missing.isEmpty()) {
                description += " Not included because the service did not answer: " + String.join(", ", missing) + ".";
            }
            ((ObjectNode) merged.get("info")).put("description", description);
            try {
                return Future.succeededFuture(Buffer.buffer(mapper.writeValueAsBytes(merged)));
            } catch (IOException impossible) {
                return Future.failedFuture(impossible);
            }
        });
    }

    private Future<JsonNode> fetch(String name, GatewayConfig.Upstream service) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(service.url().toString().replaceAll("/$", "") + "/q/openapi?format=json")
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.openapi().fetchTimeout().toMillis())
                .putHeader("Accept", "application/json");
        return client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    try {
                        return mapper.readTree(body.getBytes());
                    } catch (IOException unreadable) {
                        throw new IllegalStateException("unreadable OpenAPI document", unreadable);
                    }
                })
                .onFailure(failure -> LOG.infof("OpenAPI of %s not available: %s", name, failure.getMessage()));
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
    private void add(ObjectNode merged, String service, JsonNode document) {
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
                paths.set(path.getKey(), withOurScheme(path.getValue()));
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
        return service.equals(config.routes().get(slash < 0 ? rest : rest.substring(0, slash)));
    }

    /** Operations that require some scheme of the service's document require the gateway's bearer instead. */
    private JsonNode withOurScheme(JsonNode pathItem) {
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

    private record Cached(long at, Future<Buffer> document) {
    }
}
