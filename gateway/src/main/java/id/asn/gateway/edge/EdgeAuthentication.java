package id.asn.gateway.edge;

import id.asn.gateway.GatewayConfig;
import id.asn.platform.problem.ProblemKind;
import io.vertx.core.Handler;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The token requirement at the edge. quarkus-oidc verifies a presented token (issuer, audience, expiry, signature
 * by a key of the issuer's JWKS) before any route runs; a rejected token reaches {@link Failures}. This handler
 * refuses the requests that came without one, except the public routes. Roles are the services' business.
 */
@ApplicationScoped
public class EdgeAuthentication implements Handler<RoutingContext> {

    static final String CHALLENGE = "Bearer";

    private final Problems problems;
    private final List<PublicRoute> publicRoutes;

    EdgeAuthentication(Problems problems, GatewayConfig config) {
        this.problems = problems;
        this.publicRoutes = config.publicRoutes().stream().map(PublicRoute::parse).toList();
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (Callers.token(ctx).isPresent() || isPublic(ctx)) {
            ctx.next();
            return;
        }
        ctx.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE);
        problems.send(ctx, ProblemKind.UNAUTHENTICATED, "detail.unauthenticated");
    }

    private boolean isPublic(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        HttpMethod method = ctx.request().method();
        return publicRoutes.stream().anyMatch(route -> route.matches(method, path));
    }

    record PublicRoute(HttpMethod method, String pathPrefix) {

        static PublicRoute parse(String spec) {
            String[] parts = spec.trim().split("\\s+");
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("asn.gateway.public-routes entry must be 'METHOD /path-prefix': " + spec);
            }
            return new PublicRoute(HttpMethod.valueOf(parts[0]), parts[1]);
        }

        boolean matches(HttpMethod requestMethod, String path) {
            return method.equals(requestMethod) && path.startsWith(pathPrefix);
        }
    }
}
