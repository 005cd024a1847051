package id.asn.gateway.proxy;

import id.asn.gateway.edge.EdgeAuthentication;
import id.asn.gateway.edge.Problems;
import id.asn.gateway.edge.RateLimiter;
import id.asn.gateway.edge.RequestText;
import id.asn.platform.problem.ProblemKind;
import id.asn.platform.tracing.ServerSpans;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The public API: {@code /api/...} is checked for what no service can store, resolved, authenticated, rate
 * limited, admitted within its service's concurrency bound, then forwarded.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final String ROUTE = "asn.gateway.route";

    private final RequestText requestText;
    private final RouteTable routes;
    private final EdgeAuthentication authentication;
    private final RateLimiter rateLimiter;
    private final Admission admission;
    private final UpstreamProxy proxy;
    private final Problems problems;

    ProxyRoutes(RequestText requestText, RouteTable routes, EdgeAuthentication authentication, RateLimiter rateLimiter, Admission admission,
                UpstreamProxy proxy, Problems problems) {
        this.requestText = requestText;
        this.routes = routes;
        this.authentication = authentication;
        this.rateLimiter = rateLimiter;
        this.admission = admission;
        this.proxy = proxy;
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route("/api/*")
                .handler(requestText)
                .handler(this::resolve)
                .handler(authentication)
                .handler(rateLimiter)
                .handler(ctx -> admission.admit(ctx, ctx.get(ROUTE)))
                .handler(ctx -> proxy.forward(ctx, ctx.get(ROUTE)));
    }

    private void resolve(RoutingContext ctx) {
        routes.resolve(ctx.normalizedPath()).ifPresentOrElse(route -> {
            ctx.put(ROUTE, route);
            ctx.put(ServerSpans.ROUTE, route.template());
            ctx.next();
        }, () -> problems.send(ctx, ProblemKind.NOT_FOUND, "detail.not-found.path", ctx.request().path()));
    }
}
