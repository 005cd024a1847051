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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * {@link #get()} gives it with the gateway's dev issuer, {@link #withKeycloak()} with a Keycloak server as the only
 * issuer (started on first use, once per JVM): switching restarts the five apps on their ports, so the test classes
 * that need Keycloak run last (junit-platform.properties orders classes by {@code @Order}). Every call the tests
 * make to the API is checked against the merged API document ({@link ContractValidation}).
 */
final class SystemStack {

    private static SystemStack instance;

    private final Path projectDir;
    private final Path stateDir;
    LocalStack stack;
    StackUrls urls;
    DevAuth devAuth;
    private final Map<String, String> tokens = new HashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private SystemStack() {
        projectDir = Path.of(System.getProperty("asn.project.dir", "..")).toAbsolutePath().normalize();
        stateDir = Path.of(System.getProperty("asn.state.dir", "target/stack")).toAbsolutePath();
        // a clean system for every run: stop what an interrupted earlier run may have left, then forget its data
        // (Keycloak's store included; its unpacked and built server is kept, a build takes a minute or more)
        LocalStack.configure(StackConfig.builder(projectDir).stateDir(stateDir).build()).stop();
        deleteRecursively(stateDir);
        // every call of every test, whichever way it builds its request (given(), as(...)), against the API document
        RestAssured.filters(ContractValidation.get());
    }

    /** Starts the stack for {@code idp}, or switches the running one to it by restarting the apps. */
    private void use(StackConfig.Idp idp) {
        if (stack != null && stack.config().idp() == idp) {
            return;
        }
        StackConfig.Builder config = StackConfig.builder(projectDir).stateDir(stateDir).randomPorts().idp(idp)
                .loadDemoData(false).readyTimeout(Duration.ofMinutes(4))
                // one hook stops every process of the state directory, whichever stack object started it
                .stopOnExit(stack == null);
        if (stack != null) {
            // the same ports, so the URLs the tests hold stay valid
            urls.apps().forEach((app, uri) -> config.port(app, uri.getPort()));
            for (App app : urls.apps().keySet()) {
                stack.stopService(app.module());
            }
        }
        stack = LocalStack.configure(config.build());
        long started = System.nanoTime();
        urls = stack.start();
        System.out.printf("system-tests: stack ready with the %s issuer %s after %.1f s%n", idp, urls.issuer(),
                (System.nanoTime() - started) / 1e9);
        devAuth = stack.auth();
        tokens.clear();
        RestAssured.baseURI = urls.gateway().toString();
        RestAssured.port = urls.gateway().getPort();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            // a folder that keeps something stays too: File.delete refuses a non-empty one
            paths.sorted(java.util.Comparator.reverseOrder()).filter(path -> !keycloakServer(dir, path))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the path is part of the Keycloak server unpacked under the state directory, outside its data. */
    private static boolean keycloakServer(Path stateDir, Path path) {
        Path relative = stateDir.relativize(path);
        return relative.getNameCount() >= 2 && relative.getName(0).toString().equals("keycloak")
                && relative.getName(1).toString().startsWith("keycloak-")
                && !(relative.getNameCount() >= 3 && relative.getName(2).toString().equals("data"));
    }

    /** The stack whose apps trust the gateway's dev issuer. */
    static synchronized SystemStack get() {
        return instance(StackConfig.Idp.DEV);
    }

    /** The stack whose apps trust only Keycloak (realm asn of deploy/keycloak/asn-realm.json). */
    static synchronized SystemStack withKeycloak() {
        return instance(StackConfig.Idp.KEYCLOAK);
    }

    private static SystemStack instance(StackConfig.Idp idp) {
        if (instance == null) {
            instance = new SystemStack();
        }
        instance.use(idp);
        return instance;
    }

    URI service(App app) {
        return urls.app(app);
    }

    /** A demo user's token from the stack's issuer (cached: valid for an hour). */
    synchronized String token(String username) {
        return tokens.computeIfAbsent(username, devAuth::token);
    }

    /** A partner institution's token through the OAuth 2 client-credentials grant, as a partner obtains it. */
    String clientCredentialsToken(String clientId, String secret) {
        return devAuth.clientCredentialsToken(clientId, secret);
    }

    RequestSpecification as(String username) {
        return asBearer(token(username));
    }

    /** A staff member who has no demo identity (e.g. the head of a unit), with a token of the dev issuer. */
    RequestSpecification asStaff(String tenant, String nip, String... roles) {
        return asBearer(devAuth.staffToken(tenant, nip, roles));
    }

    private static RequestSpecification asBearer(String token) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
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
