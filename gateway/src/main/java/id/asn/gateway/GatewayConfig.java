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

    @WithDefault("2M")
    MemorySize maxBodySize();

    Bulk bulk();

    /** Request budgets by class: {@code default} for everyone, or a role name (e.g. training-partner). */
    @WithName("rate-limit")
    Map<String, RateLimit> rateLimit();

    DevIssuer devIssuer();

    OpenApi openapi();

    Health health();

    interface Upstream {
        URI url();

        /** Time from the end of the request body until the service's response headers. */
        @WithDefault("10s")
        Duration timeout();
    }

    /** Bulk uploads (imports) may be larger and slower than ordinary calls. */
    interface Bulk {
        /** A path is a bulk upload when it matches this regular expression. */
        @WithDefault("/api/v1/[^/]+(/.*)?/(import|bulk)(/.*)?")
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
