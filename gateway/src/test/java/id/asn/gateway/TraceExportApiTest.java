package id.asn.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.platform.tracing.UnexportedSpans;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without a configured collector the gateway's spans go nowhere, not to a {@code localhost:4317} nobody runs. */
@QuarkusTest
class TraceExportApiTest {

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void spansGoNowhereWhileNoCollectorIsConfigured() {
        assertThat(exporters.stream().toList()).singleElement().isInstanceOf(UnexportedSpans.class);
    }
}
