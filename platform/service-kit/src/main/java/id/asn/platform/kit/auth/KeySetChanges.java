package id.asn.platform.kit.auth;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcResponseFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.jboss.logging.Logger;

/**
 * Sees every JWKS quarkus-oidc fetches (at start, and again when a token names a key it does not know): when the
 * issuer's key set differs from the last one, every remembered token is forgotten, so a token signed with a key
 * the issuer withdrew is verified again, and refused.
 */
@ApplicationScoped
@Unremovable
@OidcEndpoint(OidcEndpoint.Type.JWKS)
public class KeySetChanges implements OidcResponseFilter {

    private static final Logger LOG = Logger.getLogger(KeySetChanges.class);

    @Inject
    VerifiedTokens tokens;

    private byte[] last;

    @Override
    public void filter(OidcResponseContext response) {
        if (response.statusCode() != 200 || response.responseBody() == null) {
            return;
        }
        byte[] digest = sha256(response.responseBody().getBytes());
        synchronized (this) {
            if (last != null && !Arrays.equals(last, digest)) {
                tokens.forgetAll();
                LOG.info("the issuer's key set changed: remembered tokens forgotten, each is verified again");
            }
            last = digest;
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
