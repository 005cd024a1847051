package id.asn.platform.testinfra;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.restassured.specification.RequestSpecification;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares for one HTTP request of a test, so that a test can show a list or
 * report runs the same statements for N rows as for 3N (no query per row, issue 12). The request is told apart
 * from everything else the app does meanwhile (the outbox relay, consumers, other tests' late work) by a trace id
 * of its own, sent as the W3C {@code traceparent}: the app continues that trace, and only statements prepared
 * while a span of it is current are counted. Statements run on a raw JDBC connection ({@code Session.doWork},
 * the kit's {@code NamedSql}) are not seen; no read path uses one.
 *
 * <p>Installed by {@link PostgresResource} as Hibernate's statement inspector ({@link #CONFIG}).
 */
public final class StatementCount implements StatementInspector {

    /** The app configuration that makes Hibernate show every statement to this class. */
    static final Map<String, String> CONFIG = Map.of(
            "quarkus.hibernate-orm.unsupported-properties.\"hibernate.session_factory.statement_inspector\"",
            StatementCount.class.getName());

    // only traces a test asked for: the app's own traces are never kept
    private static final Map<String, AtomicInteger> BY_TRACE = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            AtomicInteger count = BY_TRACE.get(span.getTraceId());
            if (count != null) {
                count.incrementAndGet();
            }
        }
        return sql;
    }

    /**
     * Sends one request and answers how many statements the app prepared for it: {@code send} gets
     * {@code request} with a fresh {@code traceparent} and must wait for the answer (e.g. {@code .then().statusCode(200)}).
     */
    public static int of(RequestSpecification request, Consumer<RequestSpecification> send) {
        String trace = HexFormat.of().formatHex(randomBytes(16));
        AtomicInteger count = new AtomicInteger();
        BY_TRACE.put(trace, count);
        try {
            send.accept(request.header("traceparent",
                    "00-" + trace + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01"));
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
