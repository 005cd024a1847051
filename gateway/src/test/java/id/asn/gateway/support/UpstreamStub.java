package id.asn.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a service behind the gateway, only to prove the proxy's mechanics: it echoes what reached it,
 * answers a problem, streams an answer in two parts, holds requests until released, hangs up without answering, and
 * is slow or speaks garbage on demand. The real services behind the gateway are proven in system-tests.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    /** The exact bytes of the stub's problem answer, which must reach the client untouched. */
    public static final String PROBLEM = "{ \"type\" : \"urn:asn:problem:conflict\", \"title\":\"Konflik\","
            + " \"status\": 409, \"detail\": \"dari layanan\" }";

    private static final String OPENAPI = """
            {"openapi":"3.1.0","info":{"title":"competency-service","version":"1"},
             "paths":{
               "/api/v1/competencies/{id}":{"get":{"tags":["Competencies"],"security":[{"SecurityScheme":[]}],
                 "responses":{"200":{"description":"ok","content":{"application/json":
                   {"schema":{"$ref":"#/components/schemas/Competency"}}}}}}},
               "/internal/reindex":{"post":{"responses":{"204":{"description":"done"}}}}},
             "components":{"schemas":{"Competency":{"type":"object","properties":{"code":{"type":"string"}}}},
               "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer"}}},
             "tags":[{"name":"Competencies"}]}
            """;

    /** On the stub itself: how many requests to {@code /api/v1/held/**} wait for their answer. */
    public static final String HELD_COUNT = "/held/count";
    /** On the stub itself: answers every waiting {@code /api/v1/held/**} request with 200. */
    public static final String HELD_RELEASE = "/held/release";

    private Vertx vertx;
    private HttpServerRequest heldStream;
    private boolean released;
    private final List<HttpServerRequest> held = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer http = await(vertx.createHttpServer().requestHandler(this::answer).listen(0));
        NetServer garbage = await(vertx.createNetServer()
                .connectHandler(socket -> socket.handler(ignored -> socket.end(
                        io.vertx.core.buffer.Buffer.buffer("THIS IS NOT HTTP\r\n\r\n")))).listen(0));
        String stub = "http://localhost:" + http.actualPort();
        String closed = "http://localhost:" + closedPort();
        return Map.of(
                "asn.gateway.services.competency.url", stub,
                "asn.gateway.services.slow.url", stub,
                "asn.gateway.services.held.url", stub,
                "asn.gateway.services.garbage.url", "http://localhost:" + garbage.actualPort(),
                "asn.gateway.services.closed.url", closed,
                // two instances of which the first is down: every request reaches the second
                "asn.gateway.services.pair.url", closed + "," + stub,
                // the real services' ports may be in use on a developer's machine: make them deterministic
                "asn.gateway.services.training.url", closed,
                "asn.gateway.services.appraisal.url", closed,
                "asn.gateway.services.career.url", closed);
    }

    @Override
    public void stop() {
        await(vertx.close());
    }

    private void answer(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
        } else if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
        } else if (path.equals(HELD_COUNT)) {
            request.response().end(Integer.toString(held.size()));
        } else if (path.equals(HELD_RELEASE)) {
            held.forEach(waiting -> waiting.response().end("released"));
            request.response().end(Integer.toString(held.size()));
            held.clear();
        } else if (path.startsWith("/api/v1/held")) {
            // answered only when the test calls HELD_RELEASE on the stub itself
            held.add(request);
        } else if (path.equals("/api/v1/competencies/hang-up")) {
            request.connection().close();
        } else if (path.startsWith("/api/v1/slow")) {
            vertx.setTimer(5_000, t -> request.response().end("too late"));
        } else if (path.equals("/api/v1/competencies/problem")) {
            request.response().setStatusCode(409).putHeader("Content-Type", "application/problem+json")
                    .putHeader("X-Upstream", "stub").end(PROBLEM);
        } else if (path.equals("/api/v1/competencies/stream")) {
            // the second part is written only after the client has seen the first one through the gateway
            request.response().setChunked(true).putHeader("Content-Type", "text/plain").write("first part\n");
            heldStream = request;
        } else if (path.equals("/api/v1/competencies/stream/release")) {
            if (heldStream != null) {
                heldStream.response().end("second part\n");
                heldStream = null;
                released = true;
            }
            request.response().end(Boolean.toString(released));
        } else {
            echo(request);
        }
    }

    private void echo(HttpServerRequest request) {
        MessageDigest digest = sha256();
        long[] bytes = {0};
        request.handler(chunk -> {
            bytes[0] += chunk.length();
            digest.update(chunk.getBytes());
        });
        request.endHandler(done -> {
            JsonObject headers = new JsonObject();
            // a repeated field is combined as RFC 9110 §5.3 reads it, so that a header sent twice shows
            request.headers().names().forEach(name -> headers.put(name.toLowerCase(Locale.ROOT),
                    String.join(", ", request.headers().getAll(name))));
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyBytes", bytes[0])
                    .put("bodySha256", HexFormat.of().formatHex(digest.digest()));
            request.response().putHeader("Content-Type", "application/json")
                    .putHeader("Keep-Alive", "timeout=5")
                    .end(echo.encode());
        });
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
