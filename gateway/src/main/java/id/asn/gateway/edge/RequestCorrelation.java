package id.asn.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, or a new UUID), passes it to the service, returns it,
 * puts it in the log context, and writes one access-log line when the response is done.
 */
@ApplicationScoped
public class RequestCorrelation {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Routing-context key under which the proxy records the service that answered. */
    public static final String UPSTREAM = "asn.gateway.upstream";
    private static final String KEY = "asn.gateway.request-id";
    // a caller's id goes into logs and other services' headers: accept only harmless ones
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    // before CORS and authentication, so that their answers carry the id and are logged too
    private static final int PRIORITY = 1_000;
    private static final Logger ACCESS = Logger.getLogger("id.asn.gateway.access");

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    public static String requestId(RoutingContext ctx) {
        return ctx.get(KEY);
    }

    private void handle(RoutingContext ctx) {
        long started = System.nanoTime();
        String incoming = ctx.request().getHeader(HEADER);
        String id = incoming != null && ACCEPTABLE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        ctx.request().headers().set(HEADER, id);
        ctx.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.addEndHandler(done -> ACCESS.infof("%s %s %d %dms upstream=%s sub=%s requestId=%s",
                ctx.request().method(), ctx.request().path(), ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000, ctx.get(UPSTREAM, "-"),
                Callers.subject(ctx).orElse("-"), id));
        ctx.next();
    }
}
