package id.asn.platform.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the app under test at the {@link TestIssuer} of this JVM (discovery, JWKS), whose keys sign
 * {@link TestTokens}; the issuer and audience checks are the app's own configuration. In the additional profile
 * {@value #ISSUER_DOWN_PROFILE} the app is pointed at an issuer that never answers.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    /** A test profile ({@code getConfigProfile()} = {@code "test," + ISSUER_DOWN_PROFILE}) without a reachable issuer. */
    public static final String ISSUER_DOWN_PROFILE = "issuer-down";

    @Override
    public Map<String, String> start() {
        // TestTokens publishes its key on first use; touching it here means the JWKS has it before the app asks
        return Map.of("quarkus.oidc.auth-server-url", TestTokens.issuer(),
                "%" + ISSUER_DOWN_PROFILE + ".quarkus.oidc.auth-server-url", unreachable(),
                "quarkus.oidc.token.audience", TestTokens.AUDIENCE,
                // a token of a key the issuer has just added (rotation) is accepted at once, even right after a
                // test with an unknown key has made the app refresh its keys (production waits 1 minute)
                "quarkus.oidc.token.forced-jwk-refresh-interval", "0S");
    }

    // a port that was free a moment ago: nothing listens there
    private static String unreachable() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/no-issuer";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
