package id.asn.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server span of every HTTP request (docs/adr/0015-tracing.md, amendment of 2026-12-03), made here in place of
 * Quarkus' Vert.x HTTP instrumentation, which the gateway and the kit switch off
 * ({@code quarkus.otel.instrument.vertx-http=false}): that instrumentation ran OpenTelemetry's generic HTTP
 * instrumenter for every request, sampled or not, and cost the gateway about 100 µs of CPU per proxied GET, a third
 * of all it spent (issue 12). This span is the same hop of the trace (a child of the caller's W3C
 * {@code traceparent}, with its {@code tracestate}; current for the rest of the request, so that log lines carry
 * its trace id and calls and outbox rows carry it on), with the attributes an operator filters on: method, route,
 * path, scheme, status. {@code /q/*} (health, metrics, OpenAPI) is not traced, as it was not before.
 */
@ApplicationScoped
public class ServerSpans {

    /**
     * The routing-context key under which an application names the route template of the request (the span's
     * {@code http.route} and name); without it, Quarkus REST's template of the resource method, if any.
     */
    public static final String ROUTE = "asn.tracing.route";
    // where Quarkus REST keeps the matched resource method's template (a local of the request's Vert.x context)
    // when an observability extension (OpenTelemetry, Micrometer) is present
    private static final String REST_TEMPLATE = "UrlPathTemplate";
    // first of all filters, so that the answers and log lines of every other one are inside the span
    private static final int PRIORITY = 100_000;
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final TextMapGetter<HttpServerRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServerRequest request) {
            return request.headers().names();
        }

        @Override
        public String get(HttpServerRequest request, String key) {
            return request == null ? null : request.getHeader(key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final boolean quarkusTracesHttp;

    ServerSpans(OpenTelemetry telemetry,
                @ConfigProperty(name = "quarkus.otel.instrument.vertx-http", defaultValue = "true") boolean quarkusTracesHttp) {
        this.tracer = telemetry.getTracer("id.asn.platform.tracing");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.quarkusTracesHttp = quarkusTracesHttp;
    }

    void register(@Observes Filters filters) {
        // never two server spans for one request
        if (!quarkusTracesHttp) {
            filters.register(this::handle, PRIORITY);
        }
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (path == null || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        Context parent = propagator.extract(Context.root(), request, HEADERS);
        String method = request.method().name();
        Span span = tracer.spanBuilder(method).setSpanKind(SpanKind.SERVER).setParent(parent)
                .setAttribute(METHOD, method)
                .setAttribute(PATH, path)
                .setAttribute(SCHEME, request.scheme())
                .startSpan();
        // Quarkus keeps the current context in the request's own (duplicated) Vert.x context, also for the worker
        // thread a blocking resource method runs on
        Scope scope = parent.with(span).makeCurrent();
        io.vertx.core.Context requestContext = Vertx.currentContext();
        ctx.addEndHandler(ended -> {
            int status = ctx.response().getStatusCode();
            span.setAttribute(STATUS, status);
            String route = ctx.get(ROUTE);
            if (route == null && requestContext != null && requestContext.getLocal(REST_TEMPLATE) instanceof String template) {
                route = template;
            }
            if (route != null) {
                span.setAttribute(HTTP_ROUTE, route);
                span.updateName(method + " " + route);
            }
            if (status >= 500 || ended.failed()) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
            scope.close();
        });
        ctx.next();
    }
}
