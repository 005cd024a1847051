package id.asn.systemtests;

import id.asn.localstack.App;
import id.asn.localstack.DevAuth;
import id.asn.localstack.LocalStack;
import id.asn.localstack.StackConfig;
import id.asn.localstack.StackUrls;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole system, started once per test JVM exactly as {@code ./asn up} starts it (packaged apps as separate
 * processes on an embedded PostgreSQL and a Kafka broker process), on free ports, stopped when the JVM exits.
 */
final class SystemStack {

    private static SystemStack instance;

    final LocalStack stack;
    final StackUrls urls;
    final DevAuth devAuth;
    private final Map<String, String> tokens = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private SystemStack() {
        Path projectDir = Path.of(System.getProperty("asn.project.dir", "..")).toAbsolutePath().normalize();
        Path stateDir = Path.of(System.getProperty("asn.state.dir", "target/stack")).toAbsolutePath();
        // a clean system for every run: stop what an interrupted earlier run may have left, then forget its data
        LocalStack.configure(StackConfig.builder(projectDir).stateDir(stateDir).build()).stop();
        deleteRecursively(stateDir);
        stack = LocalStack.configure(StackConfig.builder(projectDir).stateDir(stateDir).randomPorts()
                .loadDemoData(false).stopOnExit(true).readyTimeout(Duration.ofMinutes(4)).build());
        urls = stack.start();
        devAuth = new DevAuth(urls.gateway());
        RestAssured.baseURI = urls.gateway().toString();
        RestAssured.port = urls.gateway().getPort();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized SystemStack get() {
        if (instance == null) {
            instance = new SystemStack();
        }
        return instance;
    }

    URI service(App app) {
        return urls.app(app);
    }

    /** A demo user's token from the local stack's development issuer (cached: valid for an hour). */
    synchronized String token(String username) {
        return tokens.computeIfAbsent(username, devAuth::token);
    }

    /** A partner institution's token through the OAuth 2 client-credentials grant, as a partner obtains it. */
    String clientCredentialsToken(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return RestAssured.given().contentType(ContentType.URLENC).body(form).post("/dev-auth/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
    }

    RequestSpecification as(String username) {
        return RestAssured.given().auth().oauth2(token(username)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** The development issuer's URL, the {@code iss} of its tokens, which every app trusts by discovery. */
    String devIssuer() {
        return urls.gateway().resolve("/dev-issuer").toString();
    }

    /** The development issuer's private key, to mint tokens the gateway must refuse (e.g. expired ones). */
    PrivateKey devIssuerKey() {
        try {
            String pem = Files.readString(Path.of(System.getProperty("asn.state.dir", "target/stack"))
                    .resolve("keys/dev-issuer-private.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    int statusOf(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
