package id.asn.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The response headers an API should carry (issue 13.12), on the gateway's own answers and the services' alike:
 * {@code X-Content-Type-Options: nosniff}; HSTS when the caller came over TLS (directly, or as the balancer's
 * {@code X-Forwarded-Proto: https} says); {@code Cache-Control: no-store} on answers to a request with
 * credentials unless the service chose its own caching; and no {@code Server} or {@code X-Powered-By} that
 * would name the software and its version.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HSTS = "max-age=31536000";
    // ahead of the correlation filter, so that every answer, early refusals included, gets the headers
    private static final int PRIORITY = 2_000;

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        boolean credentials = ctx.request().headers().contains(HttpHeaders.AUTHORIZATION);
        boolean tls = "https".equals(ctx.request().scheme()) || forwardedOverTls(ctx.request().headers());
        ctx.addHeadersEndHandler(done -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.remove("Server");
            headers.remove("X-Powered-By");
            if (tls) {
                headers.set("Strict-Transport-Security", HSTS);
            }
            if (credentials && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        ctx.next();
    }

    /** The first (the client's) hop of {@code X-Forwarded-Proto} was TLS. */
    private static boolean forwardedOverTls(MultiMap headers) {
        String proto = headers.get("X-Forwarded-Proto");
        if (proto == null) {
            return false;
        }
        int comma = proto.indexOf(',');
        return (comma < 0 ? proto : proto.substring(0, comma)).trim().equalsIgnoreCase("https");
    }
}
