package id.asn.gateway.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The gateway as deployed, with one more route to {@link BenchUpstream} and budgets no benchmark caller exhausts.
 * The access log stays on, formatted and written by its background thread as deployed, but into a file
 * ({@code target/gateway-access.log}) instead of the console: the test JVM's console is a pipe into Maven, whose
 * own CPU for tens of thousands of lines would be taken from the same 2 cores, which no deployment pays.
 */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("asn.gateway.routes.bench", "bench"),
                Map.entry("asn.gateway.rate-limit.default.capacity", "100000000"),
                Map.entry("asn.gateway.rate-limit.default.refill", "100000000"),
                Map.entry("quarkus.log.category.\"id.asn.gateway.access\".level", "INFO"),
                Map.entry("quarkus.log.handler.file.\"access-file\".enable", "true"),
                Map.entry("quarkus.log.handler.file.\"access-file\".path", "target/gateway-access.log"),
                Map.entry("quarkus.log.handler.file.\"access-file\".format", "%d{HH:mm:ss,SSS} %-5p [%c{2.}] [req:%X{requestId} trace:%X{traceId}] %s%n"),
                Map.entry("quarkus.log.handler.file.\"access-file\".async.enabled", "true"),
                Map.entry("quarkus.log.handler.file.\"access-file\".async.queue-length", "16384"),
                Map.entry("quarkus.log.handler.file.\"access-file\".async.overflow", "discard"),
                Map.entry("quarkus.log.category.\"id.asn.gateway.access\".handlers", "access-file"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BenchUpstream.class));
    }
}
