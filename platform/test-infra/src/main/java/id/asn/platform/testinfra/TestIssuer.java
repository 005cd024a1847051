package id.asn.platform.testinfra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * A real OpenID issuer for tests, started once per test JVM on a free loopback port: its discovery document
 * ({@code <url>/.well-known/openid-configuration}) and its JWKS ({@code <url>/jwks}) over HTTP, so that the app
 * under test finds its keys exactly as it finds Keycloak's. Keys can be added while the app runs (rotation).
 */
public final class TestIssuer {

    private static final String PATH = "/test-issuer";
    private static volatile TestIssuer instance;

    private final HttpServer server;
    private final String url;
    // insertion order does not matter to a JWKS; a concurrent map because the server reads while tests publish
    private final Map<String, PublicKey> published = new ConcurrentHashMap<>();

    private TestIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        url = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getAddress().getPort() + PATH;
        server.createContext(PATH + "/.well-known/openid-configuration", exchange -> send(exchange, discovery()));
        server.createContext(PATH + "/jwks", exchange -> send(exchange, jwks()));
        server.start();
    }

    /** The issuer of this JVM, started on first use; it serves until the JVM ends. */
    public static TestIssuer get() {
        if (instance == null) {
            synchronized (TestIssuer.class) {
                if (instance == null) {
                    try {
                        instance = new TestIssuer();
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot start the test issuer", e);
                    }
                }
            }
        }
        return instance;
    }

    /** The issuer URL: the {@code iss} claim of its tokens and the base of its discovery document. */
    public String url() {
        return url;
    }

    /** Adds a key to the JWKS; tokens signed with it and carrying {@code kid} verify from then on. */
    public void publish(String kid, PublicKey key) {
        published.put(kid, key);
    }

    /** A new key pair, published at once under a new {@code kid}: what an issuer does when it rotates keys. */
    public SigningKey rotate() {
        SigningKey key = SigningKey.generate();
        publish(key.kid(), key.keys().getPublic());
        return key;
    }

    /** An RSA key pair with its {@code kid}; unpublished until {@link #publish} or {@link #rotate}. */
    public record SigningKey(String kid, KeyPair keys) {

        public static SigningKey generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return new SigningKey("test-" + UUID.randomUUID(), generator.generateKeyPair());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private String discovery() {
        // the fields RFC 8414 requires; the apps under test only follow issuer and jwks_uri
        return "{\"issuer\":\"" + url + "\",\"jwks_uri\":\"" + url + "/jwks\","
                + "\"authorization_endpoint\":\"" + url + "/auth\",\"token_endpoint\":\"" + url + "/token\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    private String jwks() {
        try {
            List<JsonWebKey> keys = new ArrayList<>();
            for (Map.Entry<String, PublicKey> entry : published.entrySet()) {
                PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(entry.getValue());
                jwk.setKeyId(entry.getKey());
                jwk.setUse("sig");
                jwk.setAlgorithm("RS256");
                keys.add(jwk);
            }
            return new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
