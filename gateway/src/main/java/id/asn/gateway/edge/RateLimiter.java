package id.asn.gateway.edge;

import id.asn.gateway.GatewayConfig;
import id.asn.platform.problem.ProblemKind;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: the token's subject, or the remote address when there is no token. The budget
 * depends on the caller's class (a role with its own {@code asn.gateway.rate-limit.<role>} entry, else
 * {@code default}), so that partner institutions, which call in bulk, cannot use up what frontends need. The
 * configured budgets are the whole deployment's: with {@code asn.gateway.instances} = n behind a balancer that
 * spreads requests, each instance keeps 1/n of each (rounded up), so a caller gets about the configured budget
 * however many instances answer it (README, docs/adr/0021-gateway-admission-and-token-cache.md).
 */
@ApplicationScoped
public class RateLimiter implements Handler<RoutingContext> {

    static final String DEFAULT_CLASS = "default";
    private static final Duration IDLE_EVICTION = Duration.ofMinutes(10);

    private final Problems problems;
    private final Map<String, GatewayConfig.RateLimit> limits;
    private final int instances;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Vertx vertx;
    private final long evictionTimer;

    RateLimiter(Problems problems, GatewayConfig config, Vertx vertx) {
        this.problems = problems;
        this.limits = Map.copyOf(config.rateLimit());
        if (config.instances() < 1) {
            throw new IllegalStateException("asn.gateway.instances must be at least 1");
        }
        this.instances = config.instances();
        if (!limits.containsKey(DEFAULT_CLASS)) {
            throw new IllegalStateException("asn.gateway.rate-limit.default.* must be configured");
        }
        this.vertx = vertx;
        // a client idle this long has a full bucket again anyway, so forgetting it changes nothing
        this.evictionTimer = vertx.setPeriodic(IDLE_EVICTION.toMillis(), tick -> {
            long cutoff = System.nanoTime() - IDLE_EVICTION.toNanos();
            clients.values().removeIf(client -> client.lastSeen < cutoff);
        });
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(evictionTimer);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String rateClass = rateClass(ctx);
        String key = rateClass + "|" + Callers.subject(ctx).orElseGet(() -> "ip:" + ctx.request().remoteAddress().host());
        Client client = clients.computeIfAbsent(key, k -> new Client(bucket(limits.get(rateClass))));
        client.lastSeen = System.nanoTime();
        ConsumptionProbe probe = client.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            ctx.next();
            return;
        }
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.send(ctx, ProblemKind.TOO_MANY_REQUESTS, "detail.too-many-requests", Long.toString(retryAfterSeconds));
    }

    private String rateClass(RoutingContext ctx) {
        // sorted, so that a token with two limited roles always lands in the same class
        Optional<String> limitedRole = new TreeSet<>(Callers.roles(ctx)).stream().filter(limits::containsKey).findFirst();
        return limitedRole.orElse(DEFAULT_CLASS);
    }

    private Bucket bucket(GatewayConfig.RateLimit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(share(limit.capacity()))
                        .refillGreedy(share(limit.refill()), limit.refillPeriod()).build())
                .build();
    }

    /** This instance's share of a deployment-wide amount, never 0. */
    private long share(long amount) {
        return Math.max(1, (amount + instances - 1) / instances);
    }

    private static final class Client {
        final Bucket bucket;
        volatile long lastSeen;

        Client(Bucket bucket) {
            this.bucket = bucket;
        }
    }
}
