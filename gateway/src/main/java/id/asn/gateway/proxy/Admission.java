package id.asn.gateway.proxy;

import id.asn.gateway.GatewayConfig;
import id.asn.gateway.edge.Problems;
import id.asn.platform.problem.ProblemKind;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load shedding at the edge (issue 12, docs/adr/0021-gateway-admission-and-token-cache.md): at most a configured
 * number of requests per service and route class (reads, writes, bulk uploads) are in flight at once; one more is
 * answered at once with 503 and {@code Retry-After} instead of queueing until it times out. A slot is held from
 * admission until the answer is complete or the connection is gone.
 */
@ApplicationScoped
public class Admission {

    /** The classes a request falls into, each with its own bound. */
    public enum RouteClass { READ, WRITE, BULK }

    private final Problems problems;
    private final Map<String, Map<RouteClass, Slots>> slots = new HashMap<>();
    private final String retryAfterSeconds;

    Admission(Problems problems, GatewayConfig config) {
        this.problems = problems;
        config.services().forEach((service, upstream) -> {
            GatewayConfig.Concurrency bounds = upstream.concurrency();
            slots.put(service, Map.of(RouteClass.READ, new Slots(bounds.reads()),
                    RouteClass.WRITE, new Slots(bounds.writes()), RouteClass.BULK, new Slots(bounds.bulk())));
        });
        this.retryAfterSeconds = Long.toString(Math.max(1, (config.admission().retryAfter().toMillis() + 999) / 1000));
    }

    static RouteClass classOf(HttpMethod method, RouteTable.Route route) {
        if (route.bulk()) {
            return RouteClass.BULK;
        }
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                ? RouteClass.READ : RouteClass.WRITE;
    }

    /** Lets the request on with a slot of its service and class, or answers 503 when none is free. */
    void admit(RoutingContext ctx, RouteTable.Route route) {
        Slots bound = slots.get(route.service()).get(classOf(ctx.request().method(), route));
        if (!bound.tryTake()) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
            problems.send(ctx, ProblemKind.SERVICE_UNAVAILABLE, "gateway.overloaded", route.service());
            return;
        }
        // called once, when the response is done or the connection closed or reset
        ctx.addEndHandler(done -> bound.give());
        ctx.next();
    }

    private static final class Slots {
        private final int bound;
        private final AtomicInteger taken = new AtomicInteger();

        Slots(int bound) {
            this.bound = bound;
        }

        boolean tryTake() {
            if (taken.incrementAndGet() <= bound) {
                return true;
            }
            taken.decrementAndGet();
            return false;
        }

        void give() {
            taken.decrementAndGet();
        }
    }
}
