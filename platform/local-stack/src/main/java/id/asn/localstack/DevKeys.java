package id.asn.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The local stack's token signing key: the gateway's dev issuer signs with the private key and publishes the
 * public half as its JWKS, from which every app verifies; the public PEM beside it is for people and tools.
 * Generated once so that tokens survive a restart of the stack.
 */
final class DevKeys {
    static final String PRIVATE_KEY = "dev-issuer-private.pem";
    static final String PUBLIC_KEY = "dev-issuer-public.pem";

    private DevKeys() {
    }

    static void ensure(Path keysDir) {
        Path privateKey = keysDir.resolve(PRIVATE_KEY);
        Path publicKey = keysDir.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            Files.createDirectories(keysDir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            // getEncoded() is PKCS#8 for an RSA private key and X.509 SubjectPublicKeyInfo for the public key
            writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            restrictToOwner(privateKey);
            writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot generate RSA keys", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write keys to " + keysDir, e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a non-POSIX file system has no mode bits to tighten
        }
    }
}
