package id.asn.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Client of the gateway's dev issuer (profile {@code local} only): tokens for demo users and partner clients. */
public final class DevAuth {
    private final URI gateway;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DevAuth(URI gateway) {
        this.gateway = gateway;
    }

    /** A signed bearer token for a demo user or partner client, e.g. {@code hr.palembang}. */
    public String token(String username) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/dev-auth/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request).strip();
    }

    /** The demo users and partner clients the dev issuer knows, as the gateway lists them (JSON). */
    public String users() {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/dev-auth/users"))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        return send(request);
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new StackException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                        + (response.body().isBlank() ? "" : ": " + response.body()));
            }
            return response.body();
        } catch (IOException e) {
            throw new StackException("the gateway does not answer at " + gateway + " (is the stack up? ./asn status)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
