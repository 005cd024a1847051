package id.asn.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * {@code GET /openapi} and {@code GET /q/openapi}: one document for the whole public API, merged by
 * {@link OpenApiMerge} from each service's own {@code /q/openapi}. Fetched when asked and kept for a short while;
 * a service that does not answer is left out and named in {@code info.description}.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final ObjectMapper mapper;
    private final HttpClient client;
    private final GatewayConfig config;
    private final OpenApiMerge merge;
    private Cached cached;

    MergedOpenApi(Vertx vertx, ObjectMapper mapper, GatewayConfig config) {
        this.mapper = mapper;
        this.config = config;
        this.merge = new OpenApiMerge(mapper, config.routes());
        this.client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(4));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    void register(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
        // where Quarkus users look first; ordered before the extension's own handler, whose document of the
        // gateway alone (no operations) would only mislead; always JSON, which YAML readers accept too
        router.get("/q/openapi").order(Integer.MIN_VALUE).handler(this::serve);
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
            SortedMap<String, JsonNode> documents = new TreeMap<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Future<JsonNode> fetched = fetches.get(i);
                if (fetched.succeeded()) {
                    documents.put(names.get(i), fetched.result());
                } else {
                    missing.add(names.get(i));
                }
            }
            try {
                return Future.succeededFuture(Buffer.buffer(mapper.writeValueAsBytes(merge.merge(documents, missing))));
            } catch (IOException impossible) {
                return Future.failedFuture(impossible);
            }
        });
    }

    /** The document of the first instance of the service that gives it (all instances serve the same). */
    private Future<JsonNode> fetch(String name, GatewayConfig.Upstream service) {
        Future<JsonNode> document = fetch(name, service.url().get(0));
        for (URI instance : service.url().subList(1, service.url().size())) {
            document = document.recover(failure -> fetch(name, instance));
        }
        return document;
    }

    private Future<JsonNode> fetch(String name, URI instance) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(instance.toString().replaceAll("/$", "") + "/q/openapi?format=json")
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

    private record Cached(long at, Future<Buffer> document) {
    }
}
