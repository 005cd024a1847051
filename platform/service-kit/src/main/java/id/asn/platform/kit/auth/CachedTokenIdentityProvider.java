package id.asn.platform.kit.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Asked before quarkus-oidc's own provider: answers a bearer token this process verified before from
 * {@link VerifiedTokens}, bound to the current request; for any other token it answers nothing, so quarkus-oidc
 * verifies it as always (and {@link RememberVerifiedTokens} keeps the result).
 */
@ApplicationScoped
public class CachedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String CACHED = "asn.token.cached";
    static final String KEY_SET = "asn.token.key-set";

    @Inject
    VerifiedTokens tokens;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!tokens.enabled()) {
            return Uni.createFrom().nullItem();
        }
        request.setAttribute(KEY_SET, tokens.keySet());
        Optional<SecurityIdentity> verified = tokens.find(request.getToken().getToken());
        if (verified.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        // the identity quarkus-oidc built names the request it was verified in; this one is another
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(verified.get())
                .addAttribute(CACHED, Boolean.TRUE);
        RoutingContext current = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (current != null) {
            identity.addAttribute(RoutingContext.class.getName(), current);
            Object blocking = current.get(AuthenticationRequestContext.class.getName());
            if (blocking != null) {
                identity.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
            }
        }
        return Uni.createFrom().item(identity.build());
    }
}
