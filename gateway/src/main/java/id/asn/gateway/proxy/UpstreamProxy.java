package id.asn.gateway.proxy;

import id.asn.gateway.GatewayConfig;
import id.asn.gateway.edge.Problems;
import id.asn.gateway.edge.RequestCorrelation;
import id.asn.platform.problem.ProblemKind;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Passes one request to its service and the answer back, both bodies streamed chunk by chunk with back-pressure
 * (never held in memory as a whole). The service's answer, problem+json included, is relayed untouched apart
 * from hop-by-hop headers; only when there is no answer does the gateway speak: 503 when the service cannot be
 * reached, 504 when it does not answer in time, 502 when its answer is not HTTP, 413 when the body is too large.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);
    // RFC 9110 §7.6.1, plus the non-standard ones still seen in the wild
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");
    // the gateway answers 100-continue itself (quarkus.http.handle-100-continue-automatically); the W3C trace
    // context and baggage are written from the gateway's own span (forwardedHeaders): the caller's copy would
    // reach the service as a second traceparent, with the caller's span as its parent (docs/adr/0015-tracing.md)
    private static final Set<String> NOT_FORWARDED = Set.of("expect", "traceparent", "tracestate", "baggage");

    private final Vertx vertx;
    private final HttpClient client;
    private final Problems problems;
    private final long connectTimeoutMillis;
    private final TextMapPropagator propagator;

    UpstreamProxy(Vertx vertx, Problems problems, GatewayConfig config, OpenTelemetry telemetry) {
        this.vertx = vertx;
        this.problems = problems;
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.connectTimeoutMillis = config.connectTimeout().toMillis();
        // one connection per admitted request (Admission), so an admitted request never waits in the pool; the
        // pool is per service (origin). Idle connections are closed by the gateway before a service would close
        // them (Quarkus' idle timeout is 30 min), so the gateway never sends on a connection the service is closing
        int connections = config.services().values().stream().mapToInt(u -> u.concurrency().total()).max().orElse(1);
        // no client span of its own (the service's server span is the child of the gateway's request span, and
        // times the call as well): a second span per request was a third of the gateway's tracing cost
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setTracingPolicy(TracingPolicy.IGNORE)
                        .setKeepAlive(true)
                        .setKeepAliveTimeout((int) config.upstreamKeepAlive().toSeconds())
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(connections));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    void forward(RoutingContext ctx, RouteTable.Route route) {
        HttpServerRequest request = ctx.request();
        ctx.put(RequestCorrelation.UPSTREAM, route.service());
        long declaredLength = declaredLength(request);
        if (declaredLength > route.maxBodySize()) {
            tooLarge(ctx, route);
            return;
        }
        request.pause();
        int first = route.instances().pick();
        MultiMap headers = forwardedHeaders(request);
        // the request's span is current here (Quarkus keeps it in the request's Vert.x context)
        propagator.inject(Context.current(), headers, MultiMap::set);
        connect(ctx, route, first, route.instances().count(), headers, declaredLength);
    }

    /**
     * Opens the request to one instance; when no connection can be made, nothing of the request has left, so the
     * next instance is tried (each at most once). Once connected, a failure is the caller's to retry.
     */
    private void connect(RoutingContext ctx, RouteTable.Route route, int instance, int attemptsLeft, MultiMap headers,
                         long declaredLength) {
        String query = ctx.request().query();
        String baseUrl = route.instances().baseUrl(instance);
        RequestOptions options = new RequestOptions()
                .setMethod(ctx.request().method())
                .setAbsoluteURI(baseUrl + ctx.normalizedPath() + (query == null ? "" : "?" + query))
                .setConnectTimeout(connectTimeoutMillis)
                .setHeaders(headers);
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                if (attemptsLeft > 1 && unreachable(opened.cause())) {
                    LOG.debugf("%s instance %s is unreachable, trying the next: %s", route.service(), baseUrl,
                            opened.cause());
                    connect(ctx, route, route.instances().after(instance), attemptsLeft - 1, headers, declaredLength);
                    return;
                }
                noAnswer(ctx, route, baseUrl, opened.cause(), false);
                return;
            }
            exchange(ctx, route, baseUrl, opened.result(), declaredLength);
        });
    }

    private void exchange(RoutingContext ctx, RouteTable.Route route, String baseUrl, HttpClientRequest upstream,
                          long declaredLength) {
        HttpServerRequest request = ctx.request();
        ResponseTimer timer = new ResponseTimer(upstream, route.timeout().toMillis());
        // failures surface through response() and the pipe; without a handler Vert.x would log each reset as ERROR
        upstream.exceptionHandler(failure -> LOG.debugf("Request to %s ended: %s", route.service(), failure));
        upstream.response().onComplete(answered -> {
            timer.cancel();
            if (answered.failed()) {
                noAnswer(ctx, route, baseUrl, answered.cause(), timer.fired);
            } else {
                relay(ctx, answered.result());
            }
        });
        if (!hasBody(request, declaredLength)) {
            upstream.end();
            timer.start();
            return;
        }
        if (declaredLength < 0) {
            upstream.setChunked(true);
        }
        new LimitedBody(request, route.maxBodySize()).pipe().endOnFailure(false).to(upstream).onComplete(sent -> {
            if (sent.succeeded()) {
                timer.start();
                return;
            }
            // never end() a half-sent body: the service would take the truncated part for the whole
            if (sent.cause() instanceof LimitedBody.TooLarge) {
                tooLarge(ctx, route);
            }
            upstream.reset(0, sent.cause());
        });
    }

    private void relay(RoutingContext ctx, HttpClientResponse answer) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            answer.request().reset();
            return;
        }
        response.setStatusCode(answer.statusCode());
        response.setStatusMessage(answer.statusMessage());
        Set<String> connectionListed = connectionListed(answer.headers());
        for (Map.Entry<String, String> header : answer.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !connectionListed.contains(name)
                    && !name.equals(RequestCorrelation.HEADER.toLowerCase(Locale.ROOT))) {
                response.headers().add(header.getKey(), header.getValue());
            }
        }
        if (!answer.headers().contains(HttpHeaders.CONTENT_LENGTH) && mayHaveBody(ctx.request().method(), answer.statusCode())) {
            response.setChunked(true);
        }
        answer.pipe().endOnFailure(false).to(response).onFailure(broken -> {
            // the status line is gone already; cutting the connection is the only way to say "incomplete"
            LOG.debugf(broken, "Relaying the answer of %s broke off", ctx.get(RequestCorrelation.UPSTREAM, "?"));
            response.reset();
            answer.request().reset();
        });
    }

    private void noAnswer(RoutingContext ctx, RouteTable.Route route, String baseUrl, Throwable cause,
                          boolean timedOut) {
        if (ctx.response().headWritten()) {
            return;
        }
        if (timedOut || cause instanceof TimeoutException) {
            LOG.warnf("%s did not answer %s %s within %d ms", route.service(), ctx.request().method(),
                    ctx.request().path(), route.timeout().toMillis());
            problems.send(ctx, ProblemKind.GATEWAY_TIMEOUT, "detail.gateway-timeout", route.service(),
                    Long.toString(route.timeout().toMillis()));
        } else if (unreachable(cause)) {
            LOG.warnf("%s is unreachable at %s: %s", route.service(), baseUrl, cause.toString());
            problems.send(ctx, ProblemKind.SERVICE_UNAVAILABLE, "detail.service-unavailable", route.service());
        } else if (cause instanceof HttpClosedException) {
            // the service dropped the connection before its status line: say so, it is no protocol garble
            LOG.warnf("%s closed the connection without answering %s %s", route.service(), ctx.request().method(),
                    ctx.request().path());
            problems.send(ctx, ProblemKind.BAD_GATEWAY, "gateway.upstream-closed", route.service());
        } else {
            LOG.warnf(cause, "%s gave no valid answer to %s %s", route.service(), ctx.request().method(),
                    ctx.request().path());
            problems.send(ctx, ProblemKind.BAD_GATEWAY, "detail.bad-gateway", route.service());
        }
    }

    private void tooLarge(RoutingContext ctx, RouteTable.Route route) {
        // the rest of the body is read and dropped (Problems resumes the request), so the client gets to read this
        ctx.request().handler(null);
        problems.send(ctx, ProblemKind.PAYLOAD_TOO_LARGE, "detail.payload-too-large", humanSize(route.maxBodySize()));
    }

    private static boolean unreachable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static MultiMap forwardedHeaders(HttpServerRequest request) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        Set<String> connectionListed = connectionListed(request.headers());
        for (Map.Entry<String, String> header : request.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !connectionListed.contains(name) && !NOT_FORWARDED.contains(name)) {
                headers.add(header.getKey(), header.getValue());
            }
        }
        String remote = request.remoteAddress() == null ? null : request.remoteAddress().host();
        if (remote != null) {
            String earlier = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", earlier == null ? remote : earlier + ", " + remote);
        }
        if (!headers.contains("X-Forwarded-Proto")) {
            headers.set("X-Forwarded-Proto", request.scheme());
        }
        if (!headers.contains("X-Forwarded-Host") && request.authority() != null) {
            headers.set("X-Forwarded-Host", request.authority().toString());
        }
        return headers;
    }

    private static Set<String> connectionListed(MultiMap headers) {
        Set<String> listed = new HashSet<>();
        for (String value : headers.getAll(HttpHeaders.CONNECTION)) {
            for (String token : value.split(",")) {
                listed.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return listed;
    }

    /** The announced body length, -1 when none was announced (chunked or no body). */
    private static long declaredLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException garbled) {
            // Vert.x rejects such requests before routing; be strict if one slips through
            return Long.MAX_VALUE;
        }
    }

    private static boolean hasBody(HttpServerRequest request, long declaredLength) {
        if (declaredLength >= 0) {
            return declaredLength > 0;
        }
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || request.version() == HttpVersion.HTTP_2 && !request.isEnded();
    }

    private static boolean mayHaveBody(HttpMethod method, int status) {
        return method != HttpMethod.HEAD && status >= 200 && status != 204 && status != 304;
    }

    private static String humanSize(long bytes) {
        long mib = 1024 * 1024;
        return bytes % mib == 0 ? bytes / mib + " MB" : bytes + " bytes";
    }

    /** Time from the end of the request body to the service's response headers. */
    private final class ResponseTimer {
        private final HttpClientRequest upstream;
        private final long millis;
        private long id = -1;
        boolean fired;

        ResponseTimer(HttpClientRequest upstream, long millis) {
            this.upstream = upstream;
            this.millis = millis;
        }

        void start() {
            id = vertx.setTimer(millis, t -> {
                fired = true;
                upstream.reset(0, new TimeoutException());
            });
        }

        void cancel() {
            if (id >= 0) {
                vertx.cancelTimer(id);
            }
        }
    }
}
