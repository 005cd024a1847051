package id.asn.platform.kit.auth;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Keeps the identity quarkus-oidc has just verified a bearer token into, before any other augmentor changes it
 * (the first of them), so that the next request with the same token is answered by
 * {@link CachedTokenIdentityProvider}.
 */
@ApplicationScoped
public class RememberVerifiedTokens implements SecurityIdentityAugmentor {

    @Inject
    VerifiedTokens tokens;

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
                                         Map<String, Object> attributes) {
        Object keySet = attributes.get(CachedTokenIdentityProvider.KEY_SET);
        TokenCredential token = identity.getCredential(TokenCredential.class);
        if (keySet instanceof Long verifiedWith && token != null && !identity.isAnonymous()
                && identity.getAttribute(CachedTokenIdentityProvider.CACHED) == null) {
            tokens.remember(token.getToken(), identity, verifiedWith);
        }
        return Uni.createFrom().item(identity);
    }
}
