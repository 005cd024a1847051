package id.asn.gateway.edge;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this process has already verified from the {@link TokenCache}; any other token (new,
 * changed, expired) is left to quarkus-oidc's provider, which comes after this one.
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    // ahead of quarkus-oidc's provider (priority 0): an empty answer passes the request on to it
    private static final int PRIORITY = 1_000;

    private final TokenCache cache;

    CachedTokenIdentityProvider(TokenCache cache) {
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
        return Uni.createFrom().item(cache.lookup(request.getToken().getToken()).orElse(null));
    }
}
