package id.asn.platform.kit.outbox;

import id.asn.platform.kit.config.KitConfig;
import id.asn.platform.kit.tenant.TenantSession;
import id.asn.platform.kit.tracing.TraceContext;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka: woken right after a commit that recorded events, and polling every
 * {@code asn.outbox.idle-interval} otherwise. A row is marked sent only after the broker acknowledged it, and a
 * batch stops at the first failure so that later events of the same employee never overtake an earlier one.
 * One relay works at a time across all instances of a service (a PostgreSQL advisory lock), which keeps the
 * per-key order when several instances run.
 * <p>
 * Records go straight to the Kafka producer that the connector made for the channel {@value #CHANNEL} (so its
 * settings, {@code mp.messaging.outgoing.asn-outbox.*}, and its health check stay the connector's), not through an
 * emitter: an emitted message passes Mutiny, the connector's sink and a hop to its sending thread, which made the
 * relay spend more time handing records over than Kafka took to acknowledge them (docs/adr/0020).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('asn-outbox-relay'))";
    private static final String NEXT = """
            select id, aggregatetype, aggregateid, type, payload::text, tenant_id, traceparent, tracestate
            from outbox_event o
            where sent_at is null and discarded_at is null and parked_at is null
              and not exists (select 1 from outbox_event p
                              where p.parked_at is not null and p.sent_at is null and p.discarded_at is null
                                and p.aggregatetype = o.aggregatetype and p.aggregateid = o.aggregateid
                                and p.seq < o.seq)
            order by seq limit ? for update skip locked""";

    private static final String CHANNEL = "asn-outbox";

    private final AgroalDataSource dataSource;
    private final KafkaClientService kafka;
    private final Tracer tracer;
    private final Semaphore wake = new Semaphore(0);
    private final Duration idleInterval;
    private final Duration sendTimeout;
    private final Duration retryInterval;
    private final Duration startDelay;
    private final int batchSize;
    private final int maxAttempts;
    private final boolean enabled;
    private Counter parked;
    private volatile boolean running;
    private Thread worker;

    @Inject
    OutboxRelay(AgroalDataSource dataSource, KafkaClientService kafka, Tracer tracer, KitConfig config,
                // never used to send: an emitter is the channel's upstream, without which the connector reports the
                // channel as "not connected" at every start
                @Channel(CHANNEL) Emitter<String> upstream) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.tracer = tracer;
        this.idleInterval = config.outbox().idleInterval();
        this.sendTimeout = config.outbox().sendTimeout();
        this.retryInterval = config.outbox().retryInterval();
        this.startDelay = config.outbox().startDelay();
        this.batchSize = config.outbox().batchSize();
        this.maxAttempts = config.outbox().maxAttempts();
        this.enabled = config.outbox().enabled();
    }

    void start(@Observes StartupEvent startup, MeterRegistry metrics) {
        Gauge.builder("asn.outbox.pending", this, OutboxRelay::pendingRows)
                .description("Outbox events not yet acknowledged by the broker").register(metrics);
        Gauge.builder("asn.outbox.oldest.age.seconds", this, OutboxRelay::oldestPendingAgeSeconds)
                .description("Age of the oldest outbox event not yet acknowledged").register(metrics);
        Gauge.builder("asn.outbox.parked", this, OutboxRelay::parkedRows)
                .description("Outbox events the broker refused for good, waiting for an operator").register(metrics);
        parked = Counter.builder("asn.outbox.parked.events")
                .description("Outbox events parked since start").register(metrics);
        if (!enabled) {
            LOG.warn("outbox relay disabled (asn.outbox.enabled=false): events stay in the outbox");
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(sendTimeout.toMillis());
        }
    }

    /** Called after a commit that recorded events: publish now instead of at the next poll. */
    void wakeUp() {
        wake.release();
    }

    private void loop() {
        // messaging makes the channel's producer during start-up
        pause(startDelay);
        while (running) {
            try {
                BatchResult result = relayBatch();
                if (result.failed()) {
                    pause(retryInterval);
                } else if (result.sent() < batchSize) {
                    wake.tryAcquire(idleInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("outbox relay pass failed, retrying in %s: %s", retryInterval, e.getMessage());
                    pause(retryInterval);
                }
            }
        }
    }

    private BatchResult relayBatch() throws SQLException {
        try (Connection connection = TenantSession.systemConnection(dataSource, "outbox relay")) {
            connection.setAutoCommit(false);
            try {
                BatchResult result = relayLocked(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private BatchResult relayLocked(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet locked = lock.executeQuery()) {
            if (!locked.next() || !locked.getBoolean(1)) {
                return new BatchResult(0, false);
            }
        }
        List<Row> rows = new ArrayList<>(batchSize);
        try (PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setInt(1, batchSize);
            try (ResultSet result = next.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getObject(1, UUID.class), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getString(8)));
                }
            }
        }
        if (rows.isEmpty()) {
            return new BatchResult(0, false);
        }
        Outcome outcome = send(rows);
        markSent(connection, outcome.sent());
        for (Failure failure : outcome.failures()) {
            recordFailure(connection, failure);
        }
        return new BatchResult(outcome.sent().size(), !outcome.failures().isEmpty());
    }

    /**
     * Sends the rows without waiting for each acknowledgement, in waves: a wave holds at most one row per key
     * (the first wave every key's first row, the second its second, ...), and a wave starts when the previous one
     * is acknowledged. Rows of different keys are therefore all in flight at once, while a key's next row leaves
     * only after its previous one was acknowledged; after a failure the key's later rows stay unsent, so they
     * never overtake it. Nothing is sent after {@code asn.outbox.send-timeout}: with the broker unreachable, a
     * send may block for the producer's {@code max.block.ms}, and the rows not sent yet wait for the next pass.
     */
    private Outcome send(List<Row> rows) {
        Producer<String, String> producer = producer();
        List<List<Row>> waves = new ArrayList<>();
        Map<String, Integer> perKey = new HashMap<>();
        for (Row row : rows) {
            int wave = perKey.merge(row.orderKey(), 1, Integer::sum) - 1;
            if (wave == waves.size()) {
                waves.add(new ArrayList<>());
            }
            waves.get(wave).add(row);
        }
        List<UUID> sent = new ArrayList<>(rows.size());
        List<Failure> failures = new ArrayList<>();
        Set<String> stopped = new HashSet<>();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (List<Row> wave : waves) {
            List<CompletableFuture<Void>> acks = new ArrayList<>(wave.size());
            List<Row> inFlight = new ArrayList<>(wave.size());
            for (Row row : wave) {
                if (System.nanoTime() - deadline > 0) {
                    break;
                }
                if (stopped.contains(row.orderKey())) {
                    continue;
                }
                inFlight.add(row);
                acks.add(publish(producer, row));
            }
            for (int i = 0; i < inFlight.size(); i++) {
                Row row = inFlight.get(i);
                try {
                    acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(row.id());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failures.add(new Failure(row, e));
                    stopped.add(row.orderKey());
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    failures.add(new Failure(row, e instanceof ExecutionException ? e.getCause() : e));
                    stopped.add(row.orderKey());
                }
            }
        }
        return new Outcome(sent, failures);
    }

    private Producer<String, String> producer() {
        KafkaProducer<String, String> channel = kafka.getProducer(CHANNEL);
        Producer<String, String> producer = channel == null ? null : channel.unwrap();
        if (producer == null) {
            throw new IllegalStateException("the Kafka producer of channel " + CHANNEL + " is not ready yet");
        }
        return producer;
    }

    /**
     * Sends one row as a record; the future completes with the broker's acknowledgement. The row's trace is the
     * context of the request that recorded it: the record's producer span is its child and its W3C
     * {@code traceparent} (and {@code tracestate}) go into the record's headers, so the consumer continues the
     * request's trace rather than the relay's.
     */
    private CompletableFuture<Void> publish(Producer<String, String> producer, Row row) {
        Span span = tracer.spanBuilder("publish " + row.topic())
                .setParent(TraceContext.parent(row.traceparent(), row.tracestate()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("cloudevents.event_id", row.id().toString())
                .setAttribute("cloudevents.event_type", row.type())
                .startSpan();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", row.id().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.type().getBytes(StandardCharsets.UTF_8));
        if (row.tenant() != null) {
            headers.add("ce_tenant", row.tenant().getBytes(StandardCharsets.UTF_8));
        }
        TraceContext.inject(span, headers);
        CompletableFuture<Void> ack = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers),
                    (metadata, error) -> {
                        if (error == null) {
                            span.setAttribute("messaging.destination.partition.id",
                                    Integer.toString(metadata.partition()));
                            span.setAttribute("messaging.kafka.offset", metadata.offset());
                            span.end();
                            ack.complete(null);
                        } else {
                            failed(span, error);
                            ack.completeExceptionally(error);
                        }
                    });
        } catch (RuntimeException e) {
            failed(span, e);
            ack.completeExceptionally(e);
        }
        return ack;
    }

    private static void failed(Span span, Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
    }

    private static void markSent(Connection connection, List<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }

    /**
     * Counts a failed attempt. Only a refusal for good counts towards parking: a broker that is down or slow
     * fails every row alike, and parking them all would turn an outage into an operator's clean-up.
     */
    private void recordFailure(Connection connection, Failure failure) throws SQLException {
        Row row = failure.row();
        String error = failure.error().getClass().getSimpleName() + ": " + failure.error().getMessage();
        boolean permanent = Refusals.permanent(failure.error());
        try (PreparedStatement update = connection.prepareStatement("""
                update outbox_event set attempts = attempts + case when ? then 1 else 0 end, last_error = ?,
                       parked_at = case when ? and attempts + 1 >= ? then now() end
                where id = ? returning attempts, parked_at is not null""")) {
            update.setBoolean(1, permanent);
            update.setString(2, error);
            update.setBoolean(3, permanent);
            update.setInt(4, maxAttempts);
            update.setObject(5, row.id());
            try (ResultSet result = update.executeQuery()) {
                if (result.next() && result.getBoolean(2)) {
                    parked.increment();
                    LOG.errorf("outbox event %s (%s, key %s on %s) PARKED after %d attempts, the broker refuses it: "
                            + "%s. Later events of this key wait; every other key goes on. Release or discard it: "
                            + "POST /ops/outbox/parked/%s/release or /discard (docs/running.md)",
                            row.id(), row.type(), row.key(), row.topic(), result.getInt(1), error, row.id());
                } else if (permanent) {
                    LOG.warnf("broker refused outbox event %s (%s, key %s), attempt %d of %d: %s", row.id(),
                            row.type(), row.key(), result.getInt(1), maxAttempts, error);
                } else {
                    LOG.warnf("broker did not acknowledge outbox event %s, will retry: %s", row.id(), error);
                }
            }
        }
    }

    private double pendingRows() {
        return scalar("select count(*) from outbox_event where sent_at is null and discarded_at is null");
    }

    private double parkedRows() {
        return scalar("select count(*) from outbox_event where parked_at is not null and sent_at is null "
                + "and discarded_at is null");
    }

    private double oldestPendingAgeSeconds() {
        return scalar("select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event "
                + "where sent_at is null and discarded_at is null");
    }

    private double scalar(String sql) {
        try (Connection connection = TenantSession.systemConnection(dataSource, "outbox relay");
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getDouble(1) : Double.NaN;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record BatchResult(int sent, boolean failed) {
    }

    private record Row(UUID id, String topic, String key, String type, String payload, String tenant,
                       String traceparent, String tracestate) {
        /** Records of one key on one topic keep their order (one partition); nothing orders them across topics. */
        String orderKey() {
            return topic + '\u0000' + key;
        }
    }

    private record Failure(Row row, Throwable error) {
    }

    private record Outcome(List<UUID> sent, List<Failure> failures) {
    }
}
