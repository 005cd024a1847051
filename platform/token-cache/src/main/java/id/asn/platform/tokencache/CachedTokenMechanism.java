package id.asn.platform.tokencache;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this process has already verified from the {@link VerifiedTokens}, before quarkus-oidc's
 * mechanism runs; any other request (no token, a new, changed or expired one) is left to quarkus-oidc with a null
 * answer, and quarkus-oidc verifies it in full.
 *
 * <p>A mechanism rather than an identity provider: behind quarkus-oidc's mechanism a cached token still paid for
 * its tenant resolution, the identity manager and every augmentor again (about a sixth of the gateway's CPU, ADR
 * 0026), although the identity kept is the one they had already finished.
 */
@ApplicationScoped
public class CachedTokenMechanism implements HttpAuthenticationMechanism {

    // above quarkus-oidc's mechanism (quarkus.oidc.priority, DEFAULT_PRIORITY + 1): mechanisms are asked from the
    // highest priority down, the next one only when this one answers null
    private static final int PRIORITY = DEFAULT_PRIORITY + 100;
    private static final String SCHEME = "Bearer ";

    private final VerifiedTokens cache;

    CachedTokenMechanism(VerifiedTokens cache) {
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        return token == null ? Uni.createFrom().nullItem() : Uni.createFrom().item(cache.answer(token).orElse(null));
    }

    /** The challenge of a refused request is quarkus-oidc's: none from here. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().headers().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = header.substring(SCHEME.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
