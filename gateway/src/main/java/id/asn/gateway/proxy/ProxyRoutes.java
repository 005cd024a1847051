package id.asn.gateway.proxy;

import id.asn.gateway.edge.EdgeAuthentication;
import id.asn.gateway.edge.Problems;
import id.asn.gateway.edge.RateLimiter;
import id.asn.platform.problem.ProblemKind;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The public API: {@code /api/...} is resolved, authenticated, rate limited, then forwarded. */
@ApplicationScoped
public class ProxyRoutes {

    private static final String ROUTE = "asn.gateway.route";

    private final RouteTable routes;
    private final EdgeAuthentication authentication;
    private final RateLimiter rateLimiter;
    private final UpstreamProxy proxy;
    private final Problems problems;

    ProxyRoutes(RouteTable routes, EdgeAuthentication authentication, RateLimiter rateLimiter, UpstreamProxy proxy,
                Problems problems) {
        this.routes = routes;
        this.authentication = authentication;
        this.rateLimiter = rateLimiter;
        this.proxy = proxy;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/*")
                .handler(this::resolve)
                .handler(authentication)
                .handler(rateLimiter)
                .handler(ctx -> proxy.forward(ctx, ctx.get(ROUTE)));
    }

    private void resolve(RoutingContext ctx) {
        routes.resolve(ctx.normalizedPath()).ifPresentOrElse(route -> {
            ctx.put(ROUTE, route);
            ctx.next();
        }, () -> problems.send(ctx, ProblemKind.NOT_FOUND, "detail.not-found.path", ctx.request().path()));
    }
}
