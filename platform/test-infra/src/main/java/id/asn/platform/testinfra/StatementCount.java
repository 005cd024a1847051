package id.asn.platform.testinfra;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Singleton;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Counts the SQL statements the app executes for one HTTP request of a test, so that a test can show a list or
 * report runs the same statements for N rows as for 3N (no query per row, issue 12). Counted at the JDBC driver,
 * not in Hibernate: a read that runs plain JDBC on a connection of the pool (the kit's {@code NamedSql}) counts as
 * much as a Hibernate query. The test build of every service traces its JDBC calls
 * ({@code %test.quarkus.datasource.jdbc.telemetry=true}, the kit's configuration), and this span processor, a bean
 * of every app under test, counts the statement spans of the traces a test asked for. The request is told apart
 * from everything else the app does meanwhile (the outbox relay, consumers, other tests' late work) by a trace id
 * of its own, sent as the W3C {@code traceparent}: the app continues that trace. The kit's per-connection
 * {@code set_config} of the tenant runs inside the pool, below the traced data source, and is not counted.
 */
@Singleton
public final class StatementCount implements SpanProcessor {

    // the OpenTelemetry JDBC instrumentation's scope: one span per statement executed
    private static final String JDBC_SCOPE = "io.opentelemetry.jdbc";
    // only traces a test asked for: the app's own traces are never kept
    private static final Map<String, AtomicInteger> BY_TRACE = new ConcurrentHashMap<>();

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
        AtomicInteger count = BY_TRACE.get(span.getSpanContext().getTraceId());
        if (count != null && span.getKind() == SpanKind.CLIENT
                && JDBC_SCOPE.equals(span.getInstrumentationScopeInfo().getName())) {
            count.incrementAndGet();
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    /**
     * Sends one request and answers how many statements the app executed for it: {@code send} gets
     * {@code request} with a fresh {@code traceparent} and must wait for the answer (e.g. {@code .then().statusCode(200)}).
     * Every request it is used for reads the database, so none counted means nothing was traced, and the "same for
     * 3N as for N" of a test would hold vacuously: that fails here instead.
     */
    public static int of(RequestSpecification request, Consumer<RequestSpecification> send) {
        String trace = HexFormat.of().formatHex(randomBytes(16));
        AtomicInteger count = new AtomicInteger();
        BY_TRACE.put(trace, count);
        try {
            send.accept(request.header("traceparent",
                    "00-" + trace + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01"));
            if (count.get() == 0) {
                throw new IllegalStateException("no SQL statement traced for the request: is the app's test build "
                        + "tracing JDBC (%test.quarkus.datasource.jdbc.telemetry=true, the kit's configuration)?");
            }
            return count.get();
        } finally {
            BY_TRACE.remove(trace);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never all zeros, which W3C calls invalid
        return bytes;
    }
}
