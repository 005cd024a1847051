package id.asn.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} set, the gateway has no span exporter of its own, which is
 * what makes Quarkus export over OTLP (docs/adr/0015-tracing.md).
 */
@QuarkusTest
@TestProfile(TraceExportToCollectorApiTest.WithCollector.class)
class TraceExportToCollectorApiTest {

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void aConfiguredCollectorRetiresTheSilentExporter() {
        assertThat(exporters.isUnsatisfied()).isTrue();
    }

    /** A collector address; the test sends no request, so nothing is exported to it. */
    public static class WithCollector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.exporter.otlp.endpoint", "http://localhost:14317");
        }
    }
}
