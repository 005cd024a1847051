package id.asn.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Key pairs made for this test run: the platform's (its public half is what the gateway trusts; its private half
 * signs the test tokens and is the dev issuer's key in the local profile) and a stranger's, whose tokens must fail.
 */
public class TestKeys implements QuarkusTestResourceLifecycleManager {

    public static final String SIGNING_KEY = "asn.test.signing-key-location";
    public static final String FOREIGN_KEY = "asn.test.foreign-key-location";

    private Path dir;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("gateway-test-keys");
            KeyPair platform = generate();
            KeyPair stranger = generate();
            Path publicKey = write("public.pem", "PUBLIC KEY", platform.getPublic());
            Path privateKey = write("private.pem", "PRIVATE KEY", platform.getPrivate());
            Path foreignKey = write("foreign.pem", "PRIVATE KEY", stranger.getPrivate());
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    SIGNING_KEY, privateKey.toString(),
                    FOREIGN_KEY, foreignKey.toString(),
                    "asn.gateway.dev-issuer.private-key-location", privateKey.toString(),
                    "%local.asn.gateway.dev-issuer.private-key-location", privateKey.toString());
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

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String name, String type, Key key) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n";
        return Files.writeString(dir.resolve(name), pem);
    }
}
