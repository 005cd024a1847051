package id.asn.gateway.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The floor of {@link GatewayOverheadBenchmark}'s gateway rows: the least a reverse proxy on Vert.x does for one
 * request, on as many event loops as the gateway has, in the same JVM. It copies the request's headers but the
 * hop-by-hop ones, sends the request to the upstream over a pooled keep-alive connection, copies the answer's
 * status and headers back and pipes both bodies, as {@code UpstreamProxy} does; no token, route table, limits,
 * request id, access log, security headers or span. What the gateway costs above this is what its features cost.
 */
final class BareProxy {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private final Vertx vertx;
    final String url;

    private BareProxy(Vertx vertx, String url) {
        this.vertx = vertx;
        this.url = url;
    }

    static BareProxy start(String upstream, int eventLoops, int connections) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int listen = port;
        vertx.deployVerticle(() -> new AbstractVerticle() {
            private HttpClient client;

            @Override
            public void start(Promise<Void> started) {
                // set apart from the gateway's in a profile (bench/gateway-profile.sh), as the upstream's are
                BenchUpstream.THREAD_IDS.add(Thread.currentThread().getId());
                // one pool per event loop, as many connections in all as the gateway allows a service
                client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                        new PoolOptions().setHttp1MaxSize(Math.max(1, connections / eventLoops)));
                vertx.createHttpServer().requestHandler(this::forward).listen(listen).<Void>mapEmpty()
                        .onComplete(started);
            }

            private void forward(HttpServerRequest request) {
                request.pause();
                MultiMap headers = MultiMap.caseInsensitiveMultiMap();
                request.headers().forEach(h -> {
                    if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                        headers.add(h.getKey(), h.getValue());
                    }
                });
                client.request(new RequestOptions().setMethod(request.method())
                        .setAbsoluteURI(upstream + request.uri()).setHeaders(headers)).onComplete(opened -> {
                    if (opened.failed()) {
                        request.response().setStatusCode(502).end();
                        return;
                    }
                    opened.result().response().onComplete(answered -> {
                        if (answered.failed()) {
                            request.response().setStatusCode(502).end();
                            return;
                        }
                        var answer = answered.result();
                        var response = request.response().setStatusCode(answer.statusCode());
                        answer.headers().forEach(h -> {
                            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                                response.headers().add(h.getKey(), h.getValue());
                            }
                        });
                        answer.pipe().to(response);
                    });
                    request.pipe().to(opened.result());
                });
            }
        }, new DeploymentOptions().setInstances(eventLoops)).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        return new BareProxy(vertx, "http://localhost:" + port);
    }

    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
