package id.asn.platform.kit.outbox;

import id.asn.platform.kit.config.KitConfig;
import id.asn.platform.kit.tracing.TraceContext;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka: woken right after a commit that recorded events, and polling every
 * {@code asn.outbox.idle-interval} otherwise. A row is marked sent only after the broker acknowledged it, and a
 * batch stops at the first failure so that later events of the same employee never overtake an earlier one.
 * One relay works at a time across all instances of a service (a PostgreSQL advisory lock), which keeps the
 * per-key order when several instances run.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('asn-outbox-relay'))";
    private static final String NEXT = """
            select id, aggregatetype, aggregateid, type, payload::text, tenant_id, traceparent, tracestate
            from outbox_event
            where sent_at is null order by seq limit ? for update skip locked""";

    private final AgroalDataSource dataSource;
    private final MutinyEmitter<String> emitter;
    private final Semaphore wake = new Semaphore(0);
    private final Duration idleInterval;
    private final Duration sendTimeout;
    private final Duration retryInterval;
    private final Duration startDelay;
    private final int batchSize;
    private final boolean enabled;
    private volatile boolean running;
    private Thread worker;

    @Inject
    OutboxRelay(AgroalDataSource dataSource, @Channel("asn-outbox") MutinyEmitter<String> emitter, KitConfig config) {
        this.dataSource = dataSource;
        this.emitter = emitter;
        this.idleInterval = config.outbox().idleInterval();
        this.sendTimeout = config.outbox().sendTimeout();
        this.retryInterval = config.outbox().retryInterval();
        this.startDelay = config.outbox().startDelay();
        this.batchSize = config.outbox().batchSize();
        this.enabled = config.outbox().enabled();
    }

    void start(@Observes StartupEvent startup, MeterRegistry metrics) {
        Gauge.builder("asn.outbox.pending", this, OutboxRelay::pendingRows)
                .description("Outbox events not yet acknowledged by the broker").register(metrics);
        Gauge.builder("asn.outbox.oldest.age.seconds", this, OutboxRelay::oldestPendingAgeSeconds)
                .description("Age of the oldest outbox event not yet acknowledged").register(metrics);
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
        // messaging wires its emitters during start-up; publishing earlier fails with SRMSG00019
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
        try (Connection connection = dataSource.getConnection()) {
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
        List<UUID> sent = new ArrayList<>();
        try (PreparedStatement next = connection.prepareStatement(NEXT)) {
            next.setInt(1, batchSize);
            try (ResultSet rows = next.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    try {
                        publish(id, rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                                rows.getString(6), TraceContext.parent(rows.getString(7), rows.getString(8)));
                        sent.add(id);
                    } catch (RuntimeException e) {
                        markSent(connection, sent);
                        recordFailure(connection, id, e);
                        return new BatchResult(sent.size(), true);
                    }
                }
            }
        }
        markSent(connection, sent);
        return new BatchResult(sent.size(), false);
    }

    /**
     * Sends one row as a record. {@code trace} is the context of the request that recorded it: the connector's
     * producer span becomes its child and writes its W3C {@code traceparent} (and {@code tracestate}) into the
     * record's headers, so the consumer continues the request's trace rather than the relay's.
     */
    private void publish(UUID id, String topic, String key, String type, String payload, String tenant,
                         Context trace) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", id.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        if (tenant != null) {
            headers.add("ce_tenant", tenant.getBytes(StandardCharsets.UTF_8));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(key).withHeaders(headers).build();
        Message<String> message = Message.of(payload).addMetadata(metadata)
                .addMetadata(TracingMetadata.withCurrent(trace));
        emitter.sendMessage(message).await().atMost(sendTimeout);
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

    private static void recordFailure(Connection connection, UUID id, RuntimeException e) throws SQLException {
        LOG.warnf("broker did not acknowledge outbox event %s, will retry: %s", id, e.getMessage());
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            update.setString(1, String.valueOf(e.getMessage()));
            update.setObject(2, id);
            update.executeUpdate();
        }
    }

    private double pendingRows() {
        return scalar("select count(*) from outbox_event where sent_at is null");
    }

    private double oldestPendingAgeSeconds() {
        return scalar("select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event "
                + "where sent_at is null");
    }

    private double scalar(String sql) {
        try (Connection connection = dataSource.getConnection();
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
}
