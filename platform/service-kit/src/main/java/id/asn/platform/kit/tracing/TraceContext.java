package id.asn.platform.kit.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace context ({@code traceparent}, {@code tracestate}) as the outbox stores it and the inbox reads it
 * from a Kafka record, so that one trace runs from a request through its events to their consumers
 * (docs/adr/0015-tracing.md). Only the W3C format, whatever propagators the application configures: the column
 * and header names are part of the platform's contract.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    // the column's width: a hop may drop a tracestate it cannot keep (W3C trace context §3.3)
    private static final int MAX_TRACESTATE = 512;
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private TraceContext() {
    }

    /** The current span's context as W3C headers; empty outside a trace (a job, tracing disabled). */
    public static Optional<TraceHeaders> current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        String traceparent = carrier.get(TRACEPARENT);
        if (traceparent == null) {
            return Optional.empty();
        }
        String tracestate = carrier.get(TRACESTATE);
        return Optional.of(new TraceHeaders(traceparent,
                tracestate == null || tracestate.length() > MAX_TRACESTATE ? null : tracestate));
    }

    /** The remote parent named by stored W3C headers; the root context when there is none or it is invalid. */
    public static Context parent(String traceparent, String tracestate) {
        Map<String, String> carrier = new HashMap<>(2);
        if (traceparent != null) {
            carrier.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MAP);
    }

    /** The remote parent named by a Kafka record's headers (the last value of each, as Kafka clients read them). */
    public static Context parent(Headers record) {
        return parent(last(record, TRACEPARENT), last(record, TRACESTATE));
    }

    /** Writes {@code span}'s context into a Kafka record's headers, replacing any trace context they held. */
    public static void inject(Span span, Headers record) {
        W3C.inject(Context.root().with(span), record, KAFKA);
    }

    private static final TextMapSetter<Headers> KAFKA = (headers, name, value) -> {
        if (headers != null) {
            headers.remove(name);
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    };

    private static String last(Headers record, String name) {
        Header header = record.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return List.copyOf(carrier.keySet());
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** A {@code traceparent} and its optional {@code tracestate}. */
    public record TraceHeaders(String traceparent, String tracestate) {
    }
}
