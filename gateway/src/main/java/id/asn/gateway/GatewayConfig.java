package id.asn.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway can be told: the route table, the services behind it, its limits and the dev issuer. */
@ConfigMapping(prefix = "asn.gateway")
public interface GatewayConfig {

    /** First path segment after {@code /api/v1/} to the name of the service that owns it. */
    Map<String, String> routes();

    /** The services behind the gateway, by name. */
    Map<String, Upstream> services();

    /** Requests that need no token, as {@code METHOD /path-prefix}; everything else under /api needs one. */
    @WithName("public-routes")
    List<String> publicRoutes();

    /** Time to open a connection to a service; a service that cannot be reached answers 503. */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long an idle connection to a service is kept for the next request; below the services' own idle
     * timeout, so that the gateway closes first and never sends on a connection a service is closing.
     */
    @WithDefault("30s")
    Duration upstreamKeepAlive();

    @WithDefault("2M")
    MemorySize maxBodySize();

    /**
     * The longest request URI (path and query) passed on; a longer one is 414 problem+json from the gateway. Below
     * the services' HTTP request-line limit (4,096 bytes with the method and the version), which would otherwise cut
     * the request with a bare 414 and close the connection; the gateway's own line limit
     * ({@code quarkus.http.limits.max-initial-line-length}) is set well above it, so that this check runs first.
     */
    @WithDefault("4000")
    int maxUriLength();

    Bulk bulk();

    /** Request budgets by class: {@code default} for everyone, or a role name (e.g. training-partner). */
    @WithName("rate-limit")
    Map<String, RateLimit> rateLimit();

    Admission admission();

    /**
     * How many gateway instances share the configured rate limits: each instance enforces its share, so that the
     * limits hold for the whole deployment behind a balancer that spreads a caller's requests (README, ADR 0021).
     */
    @WithDefault("1")
    int instances();

    DevIssuer devIssuer();

    OpenApi openapi();

    Health health();

    interface Upstream {
        /**
         * Where the service answers: one URL, or several instances separated by commas, which the gateway takes
         * in turn and passes over while one cannot be connected to (docs/adr/0008-gateway.md).
         */
        List<URI> url();

        /** Time from the end of the request body until the service's response headers. */
        @WithDefault("10s")
        Duration timeout();

        /** Requests the gateway lets through to this service at once, by route class; the rest are refused. */
        Concurrency concurrency();
    }

    /** Bounds of concurrent requests to one service: reads (GET, HEAD, OPTIONS), writes, bulk uploads. */
    interface Concurrency {
        @WithDefault("64")
        int reads();

        @WithDefault("32")
        int writes();

        @WithDefault("4")
        int bulk();

        default int total() {
            return reads() + writes() + bulk();
        }
    }

    /** What a request refused by a concurrency bound is told. */
    interface Admission {
        /** The {@code Retry-After} of a 503 for a service at its bound (whole seconds, at least 1). */
        @WithDefault("1s")
        Duration retryAfter();
    }

    /**
     * Bulk uploads (imports) and long operations (a session's completion, ADR 0023) may be larger and slower than
     * ordinary calls.
     */
    interface Bulk {
        /** A path is a bulk upload or a long operation when it matches this regular expression. */
        @WithDefault("/api/v1/[^/]+(/.*)?/(import|bulk|completion)(/.*)?")
        String pathPattern();

        @WithDefault("20M")
        MemorySize maxBodySize();

        @WithDefault("120s")
        Duration timeout();
    }

    /** A token bucket: {@code capacity} requests at once, {@code refill} more every {@code refill-period}. */
    interface RateLimit {
        long capacity();

        long refill();

        @WithDefault("1s")
        Duration refillPeriod();
    }

    interface DevIssuer {
        /** Only the {@code local} profile turns it on; nothing under /dev-auth exists otherwise. */
        @WithDefault("false")
        boolean enabled();

        /** PKCS#8 PEM private key (file path or classpath: location). */
        Optional<String> privateKeyLocation();

        /** The {@code iss} claim; its discovery document and JWKS are served below this URL's path. */
        URI issuer();

        @WithDefault("asn-platform")
        String audience();

        @WithDefault("1h")
        Duration lifetime();

        @WithDefault("dev-identities.json")
        String identities();
    }

    interface OpenApi {
        @WithDefault("30s")
        Duration cacheTtl();

        @WithDefault("3s")
        Duration fetchTimeout();
    }

    interface Health {
        @WithDefault("2s")
        Duration timeout();
    }
}
