package id.asn.platform.tokencache;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this process has already verified from the {@link VerifiedTokens}; any other token (new,
 * changed, expired) is left to quarkus-oidc's provider, which comes after this one.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    // ahead of quarkus-oidc's provider, which keeps IdentityProvider's default priority (1001, one above
    // SYSTEM_FIRST; higher runs first): an empty answer passes the request on to it. The gateway's first cache had
    // 1000 and so was never asked, which only a test of the answers (not of the filling) could show
    private static final int PRIORITY = 2_000;

    private final VerifiedTokens cache;

    CachedTokenIdentityProvider(VerifiedTokens cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom().item(cache.answer(request.getToken().getToken()).orElse(null));
    }
}
