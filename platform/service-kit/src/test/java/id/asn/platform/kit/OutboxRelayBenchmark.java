package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.BenchFigures;
import id.asn.platform.testinfra.KafkaResource;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Measures (never asserts) how fast the outbox relay drains a backlog of 5,000 and 50,000 rows, against a raw
 * Kafka producer sending the same records with the same settings to the same broker in the same run; and how long
 * a lone committed event takes until a consumer has it (relay pickup, send, fetch). Run with
 * {@code bench/run outbox}; figures in {@code target/outbox-benchmark.txt} and {@code target/bench/outbox.json}.
 */
@QuarkusTest
@Tag("benchmark")
class OutboxRelayBenchmark {

    private static final String TOPIC = "asn.bench";
    private static final String PAYLOAD = "{\"specversion\":\"1.0\",\"type\":\"asn.bench.event.v1\",\"source\":\"/bench\","
            + "\"data\":{\"nip\":\"199001012015051001\",\"text\":\"" + "x".repeat(450) + "\"}}";


    @Test
    void drainRateAgainstARawProducer() throws Exception {
        List<String> report = new ArrayList<>();
        BenchFigures figures = BenchFigures.of("outbox");
        raw(2000);  // warm the broker and the topic
        drain(2000);
        for (int rows : Arrays.stream(System.getProperty("bench.outbox.rows", "5000,50000").split(","))
                .mapToInt(Integer::parseInt).toArray()) {
            double raw = raw(rows);
            double relay = drain(rows);
            report.add(String.format("backlog of %,d rows: relay %,.0f events/s, raw producer %,.0f events/s, "
                    + "ratio %.2f", rows, relay, raw, relay / raw));
            figures.row(rows == 5000 ? "outbox-drain" : "outbox-drain-" + rows,
                            String.format(Locale.ROOT, "outbox relay drain rate, a backlog of %,d rows", rows))
                    .value(relay, "events/s")
                    .baseline(raw, "a raw Kafka producer sending the same records, same settings, same broker")
                    .ratio(relay / raw, "relay ÷ raw producer")
                    .goal("≥ 10,000 events/s on this machine");
        }
        report.add(pickup(200, figures));
        report.forEach(line -> System.out.println("[benchmark] outbox " + line));
        Files.write(Path.of("target", "outbox-benchmark.txt"), report);
        figures.write();
    }

    /** Events per second of a raw producer: send all, then wait for every acknowledgement. */
    private double raw(int count) throws Exception {
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, "warm", PAYLOAD)).get();
            long start = System.nanoTime();
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                acks.add(producer.send(new ProducerRecord<>(TOPIC, TestNips.pns(), PAYLOAD)));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Events per second of the relay: one commit of {@code count} rows until the last of them is marked sent. */
    private double drain(int count) throws Exception {
        String batch = UUID.randomUUID().toString();
        long start;
        try (Connection c = TestDatabase.superuser(); PreparedStatement insert = c.prepareStatement("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, tenant_id)
                select gen_random_uuid(), ?, ? || '-' || n, 'asn.bench.event.v1', ?::jsonb, 'bench'
                from generate_series(1, ?) as n""")) {
            insert.setString(1, TOPIC);
            insert.setString(2, batch);
            insert.setString(3, PAYLOAD);
            insert.setInt(4, count);
            insert.executeUpdate();
            start = System.nanoTime();  // autocommit: the rows are committed here
        }
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(10)).until(() -> unsent(batch) == 0);
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private int unsent(String batch) throws Exception {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where sent_at is null and aggregatetype = ? "
                        + "and aggregateid like ? || '-%'")) {
            s.setString(1, TOPIC);
            s.setString(2, batch);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /**
     * A write through the API, then the time from its answer until a consumer polling the topic has the event;
     * against a raw producer's lone record (send until the same consumer has it).
     */
    private String pickup(int samples, BenchFigures figures) {
        String token = TestTokens.user("bench").roles(Roles.HR_ADMIN).sign();
        long[] http = new long[samples];
        long[] seen = new long[samples];
        long[] raw = new long[samples];
        try (KafkaProducer<String, String> producer = producer();
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", KafkaResource.bootstrapServers(), "fetch.max.wait.ms", "1",
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"))) {
            // the raw records go to the benchmark's own topic, where no consumer of the application reads
            List<TopicPartition> partitions = java.util.stream.Stream.of(Topics.EMPLOYEE, TOPIC)
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            for (int i = 0; i < samples; i++) {
                String nip = TestNips.pns();
                long start = System.nanoTime();
                given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("name", "Bench " + i, "nip", nip)).post("/api/v1/probes").then().statusCode(201);
                long answered = System.nanoTime();
                boolean found = false;
                while (!found && System.nanoTime() - answered < 10_000_000_000L) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(1))) {
                        found |= nip.equals(record.key());
                    }
                }
                http[i] = answered - start;
                seen[i] = System.nanoTime() - answered;
                String rawKey = TestNips.pns();
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, rawKey, PAYLOAD));
                found = false;
                while (!found && System.nanoTime() - sent < 10_000_000_000L) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(1))) {
                        found |= rawKey.equals(record.key());
                    }
                }
                raw[i] = System.nanoTime() - sent;
            }
        }
        Map<String, long[]> series = new java.util.LinkedHashMap<>();
        series.put("outbox (answer until consumed)", seen);
        series.put("raw producer (send until consumed)", raw);
        figures.latencyPlot("pickup", "A lone event until a consumer has it", series);
        Arrays.sort(http);
        Arrays.sort(seen);
        Arrays.sort(raw);
        double p50 = BenchFigures.percentile(seen, 50) / 1e6;
        double rawP50 = BenchFigures.percentile(raw, 50) / 1e6;
        figures.row("completion-to-profile", "a lone committed event until a consumer has it, p50 (" + samples
                        + " samples)")
                .value(p50, "ms")
                .baseline(rawP50, "a raw producer's lone record, send until the same consumer has it")
                .ratio(p50 / rawP50, "outbox ÷ raw")
                .goal("≤ 10 ms (issue: a training completion until it shows on the competency profile, p50)")
                .note("one service's commit to a consumer's poll: the consumer's own apply and the profile read of "
                        + "the issue's row are not in it");
        return String.format("lone event, %d samples: request answered (committed) p50 %.1f ms; answer until a "
                        + "consumer has the event p50 %.1f ms, p90 %.1f ms; raw producer send until consumed p50 %.1f ms",
                samples, http[samples / 2] / 1e6, p50, seen[samples * 9 / 10] / 1e6, rawP50);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                "bootstrap.servers", KafkaResource.bootstrapServers(), "acks", "all", "enable.idempotence", "true",
                "linger.ms", "1", "batch.size", "262144", "max.in.flight.requests.per.connection", "5",
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "value.serializer", "org.apache.kafka.common.serialization.StringSerializer"));
    }
}
