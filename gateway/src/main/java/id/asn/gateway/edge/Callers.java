package id.asn.gateway.edge;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, as far as the gateway cares: the verified token's subject and roles. */
final class Callers {

    private Callers() {
    }

    static Optional<JsonWebToken> token(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
                return Optional.of(jwt);
            }
        }
        return Optional.empty();
    }

    static Optional<String> subject(RoutingContext ctx) {
        return token(ctx).map(JsonWebToken::getSubject);
    }

    static Set<String> roles(RoutingContext ctx) {
        return token(ctx).map(JsonWebToken::getGroups).orElse(Set.of());
    }
}
