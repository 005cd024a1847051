package id.asn.platform.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * The span exporter while no OTLP endpoint is configured: spans still give every log line its trace id and every
 * call and record its {@code traceparent}, but go nowhere. Quarkus drops its OTLP exporter when an application
 * has a {@link SpanExporter} of its own, so without this every service and the gateway would try {@code localhost:4317} every
 * few seconds and log each failure. Setting {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} (or
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}) to anything but Quarkus's own default
 * {@code http://localhost:4317/} retires this bean and Quarkus's exporter takes over (docs/adr/0015-tracing.md).
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = UnexportedSpans.QUARKUS_DEFAULT,
        lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = UnexportedSpans.QUARKUS_DEFAULT,
        lookupIfMissing = true)
public class UnexportedSpans implements SpanExporter {

    /** Quarkus's default endpoint, which it too treats as "not configured". */
    static final String QUARKUS_DEFAULT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
