package id.asn.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public API as the demo loader calls it: through the gateway, with a bearer token per demo user (fetched once
 * from the dev issuer). A 429 is waited out as its {@code Retry-After} says; any answer the caller did not expect
 * fails the load with the request, the status and the problem the service returned.
 */
final class DemoApi {
    private static final int RATE_LIMIT_RETRIES = 20;
    private static final String STAFF = "staff:";

    private final URI gateway;
    private final DevAuth auth;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoApi(URI gateway, DevAuth auth) {
        this.gateway = gateway;
        this.auth = auth;
    }

    /** What one call answered. */
    record Answer(String request, int status, String body) {

        Map<String, Object> object() {
            return Json.object(Json.parse(body));
        }

        Answer expect(int... statuses) {
            if (Arrays.stream(statuses).noneMatch(s -> s == status)) {
                throw new StackException("demo data: " + request + " answered " + status
                        + (body.isBlank() ? "" : ": " + body));
            }
            return this;
        }
    }

    Answer get(String user, String path) {
        return send(user, HttpRequest.newBuilder(gateway.resolve(path)).GET(), "GET " + path);
    }

    Answer postJson(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "POST " + path);
    }

    Answer put(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), "PUT " + path);
    }

    /** The user name under which calls act as a staff member without a demo identity ({@link DevAuth#staffToken}). */
    static String staff(String tenant, String nip, String... roles) {
        return STAFF + tenant + ":" + nip + ":" + String.join(",", roles);
    }

    private String token(String user) {
        if (!user.startsWith(STAFF)) {
            return auth.token(user);
        }
        String[] parts = user.substring(STAFF.length()).split(":");
        return auth.staffToken(parts[0], parts[1], parts[2].split(","));
    }

    Answer postCsv(String user, String path, String csv) {
        return send(user, HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)), "POST " + path);
    }

    private Answer send(String user, HttpRequest.Builder builder, String what) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + tokens.computeIfAbsent(user, this::token))
                .build();
        try {
            for (int attempt = 0; ; attempt++) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 || attempt == RATE_LIMIT_RETRIES) {
                    return new Answer(what + " as " + user, response.statusCode(), response.body());
                }
                long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)).toMillis());
            }
        } catch (IOException e) {
            throw new StackException("demo data: " + what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("demo data: interrupted");
        }
    }
}
