package id.asn.gateway.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The gateway as deployed, with one more route to {@link BenchUpstream} and budgets no benchmark caller exhausts. */
public class BenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "asn.gateway.routes.bench", "bench",
                "asn.gateway.rate-limit.default.capacity", "100000000",
                "asn.gateway.rate-limit.default.refill", "100000000",
                "quarkus.log.category.\"id.asn.gateway.access\".level", "INFO");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BenchUpstream.class));
    }
}
