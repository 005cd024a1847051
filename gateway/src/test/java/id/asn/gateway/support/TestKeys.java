package id.asn.gateway.support;

import id.asn.platform.testinfra.TestIssuer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.util.Base64;
import java.util.Map;

/**
 * Keys made for this test run: the platform's, published by the test issuer that the gateway trusts (its private
 * half signs the test tokens and is the dev issuer's key in the local profile), and a stranger's, whose tokens
 * must fail. In the local profile the gateway trusts its own development issuer instead, on a port fixed here so
 * that the issuer URL is known before the gateway starts; in the {@link IssuerDownProfile} an issuer that never
 * answers.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    public static final String SIGNING_KEY = "asn.test.signing-key-location";
    public static final String FOREIGN_KEY = "asn.test.foreign-key-location";
    /** The dev issuer's key id, under which the test issuer publishes the platform key too. */
    public static final String KEY_ID = "asn-dev-issuer";

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("gateway-test-keys");
            TestIssuer.SigningKey platform = TestIssuer.SigningKey.generate();
            TestIssuer.SigningKey stranger = TestIssuer.SigningKey.generate();
            TestIssuer.get().publish(KEY_ID, platform.keys().getPublic());
            Path privateKey = write("private.pem", "PRIVATE KEY", platform.keys().getPrivate());
            Path foreignKey = write("foreign.pem", "PRIVATE KEY", stranger.keys().getPrivate());
            int localPort = freePort();
            String devIssuer = "http://localhost:" + localPort + "/dev-issuer";
            String unreachable = "http://localhost:" + freePort() + "/no-issuer";
            return Map.ofEntries(
                    Map.entry("quarkus.oidc.auth-server-url", TestIssuer.get().url()),
                    // a rotated key is accepted at once, even right after an unknown key made the gateway refresh
                    Map.entry("quarkus.oidc.token.forced-jwk-refresh-interval", "0S"),
                    Map.entry(SIGNING_KEY, privateKey.toString()),
                    Map.entry(FOREIGN_KEY, foreignKey.toString()),
                    Map.entry("asn.gateway.dev-issuer.private-key-location", privateKey.toString()),
                    Map.entry("%local.asn.gateway.dev-issuer.private-key-location", privateKey.toString()),
                    Map.entry("%local.quarkus.http.test-port", Integer.toString(localPort)),
                    Map.entry("%local.asn.gateway.dev-issuer.issuer", devIssuer),
                    Map.entry("%local.quarkus.oidc.auth-server-url", devIssuer),
                    Map.entry("%" + IssuerDownProfile.NAME + ".quarkus.oidc.auth-server-url", unreachable));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Path write(String name, String type, Key key) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n";
        return Files.writeString(dir.resolve(name), pem);
    }
}
