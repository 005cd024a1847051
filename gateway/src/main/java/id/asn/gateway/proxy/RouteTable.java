package id.asn.gateway.proxy;

import id.asn.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Which service owns a path: the first segment after {@code /api/v1/}, looked up in the configured table. */
@ApplicationScoped
public class RouteTable {

    static final String PREFIX = "/api/v1/";

    private final Map<String, Target> bySegment = new HashMap<>();
    private final Map<String, Instances> instances = new HashMap<>();
    private final Pattern bulkPath;
    private final GatewayConfig.Bulk bulk;
    private final long maxBodySize;

    RouteTable(GatewayConfig config) {
        config.routes().forEach((segment, service) -> {
            GatewayConfig.Upstream upstream = config.services().get(service);
            if (upstream == null) {
                throw new IllegalStateException("asn.gateway.routes." + segment + " names service '" + service
                        + "', which has no asn.gateway.services." + service + ".url");
            }
            bySegment.put(segment, new Target(service, PREFIX + segment + "/*", instances.computeIfAbsent(service,
                    name -> new Instances(upstream.url().stream().map(url -> stripTrailingSlash(url.toString())).toList())),
                    upstream.timeout()));
        });
        this.bulk = config.bulk();
        this.bulkPath = Pattern.compile(bulk.pathPattern());
        this.maxBodySize = config.maxBodySize().asLongValue();
    }

    /** The service for a (normalized) request path, with the limits that apply to this path. */
    public Optional<Route> resolve(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        Target target = bySegment.get(slash < 0 ? rest : rest.substring(0, slash));
        if (target == null) {
            return Optional.empty();
        }
        if (bulkPath.matcher(path).matches()) {
            Duration timeout = target.timeout().compareTo(bulk.timeout()) > 0 ? target.timeout() : bulk.timeout();
            return Optional.of(new Route(target.service(), target.template(), target.instances(), timeout,
                    bulk.maxBodySize().asLongValue(), true));
        }
        return Optional.of(new Route(target.service(), target.template(), target.instances(), target.timeout(),
                maxBodySize, false));
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record Target(String service, String template, Instances instances, Duration timeout) {
    }

    /** Where one request goes and what it may cost; {@code template} names the route in traces ({@code /api/v1/units/*}). */
    public record Route(String service, String template, Instances instances, Duration timeout, long maxBodySize,
                        boolean bulk) {
    }

    /**
     * The instances of one service, taken in turn (round robin) so that each gets its share of the requests; a
     * caller that cannot connect to one asks for the next with {@link #after(int)}.
     */
    public static final class Instances {
        private final List<String> baseUrls;
        private final AtomicInteger next = new AtomicInteger();

        Instances(List<String> baseUrls) {
            if (baseUrls.isEmpty()) {
                throw new IllegalArgumentException("a service needs at least one URL");
            }
            this.baseUrls = List.copyOf(baseUrls);
        }

        /** How many instances there are: the most attempts one request makes to connect. */
        public int count() {
            return baseUrls.size();
        }

        /** The index of the instance whose turn it is. */
        public int pick() {
            return Math.floorMod(next.getAndIncrement(), baseUrls.size());
        }

        /** The instance after {@code index}, for a request whose connection to {@code index} failed. */
        public int after(int index) {
            return (index + 1) % baseUrls.size();
        }

        public String baseUrl(int index) {
            return baseUrls.get(index);
        }
    }
}
