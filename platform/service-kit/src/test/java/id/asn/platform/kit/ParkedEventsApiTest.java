package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import id.asn.platform.testinfra.TestTokens;
import id.asn.platform.testinfra.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * An outbox row the broker refuses for good (here a record over the producer's 1 MiB limit) is parked after
 * {@code asn.outbox.max-attempts}: every other key goes on, the later rows of its own key wait, the metric and the
 * operator's list show it; released it is tried again, discarded it lets its key go on. A dead letter is replayed
 * to the topic it came from on the operator's command.
 */
@QuarkusTest
class ParkedEventsApiTest {

    private static final String TYPE = "asn.probe.parking-check.v1";

    @Inject
    MeterRegistry metrics;

    @Test
    void aRowTheBrokerRefusesIsParkedAndOnlyItsKeyWaitsUntilAnOperatorDiscardsIt() throws Exception {
        String stuck = TestNips.pns();
        String other = TestNips.pns();
        UUID poison = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        UUID unrelated = UUID.randomUUID();
        insert(poison, stuck, "{\"pad\":\"" + "x".repeat(1_200_000) + "\"}");
        insert(behind, stuck, "{\"n\":2}");
        insert(unrelated, other, "{\"n\":3}");

        try (TopicReader reader = TopicReader.of(Topics.EMPLOYEE)) {
            reader.await(r -> other.equals(r.key()), 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> parkedAt(poison) != null);
            assertThat(attempts(poison)).isEqualTo(2);
            assertThat(sent(behind)).as("the same key's later event waits").isFalse();
            assertThat(metrics.get("asn.outbox.parked").gauge().value()).isGreaterThanOrEqualTo(1);

            given().auth().oauth2(operator()).get("/ops/outbox/parked").then().statusCode(200)
                    .body("id", hasItem(poison.toString()))
                    .body("find { it.id == '" + poison + "' }.waitingBehind", org.hamcrest.Matchers.equalTo(1));
            given().auth().oauth2(TestTokens.user("palembang").roles(Roles.HR_ADMIN).sign())
                    .get("/ops/outbox/parked").then().statusCode(403);

            Timestamp firstParked = parkedAt(poison);
            given().auth().oauth2(operator()).post("/ops/outbox/parked/" + poison + "/release").then().statusCode(204);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                Timestamp parked = parkedAt(poison);
                return parked != null && parked.after(firstParked);
            });
            assertThat(sent(behind)).isFalse();

            given().auth().oauth2(operator()).post("/ops/outbox/parked/" + poison + "/discard").then().statusCode(204);
            reader.await(r -> stuck.equals(r.key()), 1);
            assertThat(reader.matching(r -> stuck.equals(r.key()))).hasSize(1);
        }
        assertThat(sent(poison)).isFalse();
        given().auth().oauth2(operator()).post("/ops/outbox/parked/" + poison + "/discard").then().statusCode(404);
    }

    @Test
    void aDeadLetterIsReplayedToItsTopicOnTheOperatorsCommand() throws Exception {
        String nip = TestNips.pns();
        String event = OutboxInboxApiTest.trainingCompleted(UUID.randomUUID().toString(), nip, "padang");
        // what the inbox writes after a handler kept failing: the record and where it came from
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-topic", Topics.TRAINING.getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", "handler failed".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(java.util.Map.of(
                "bootstrap.servers", id.asn.platform.testinfra.KafkaResource.bootstrapServers(),
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "value.serializer", "org.apache.kafka.common.serialization.StringSerializer"))) {
            producer.send(new ProducerRecord<>(Topics.deadLetter("kit-probe"), null, nip, event, headers)).get();
        }
        assertThat(applied("padang", nip)).isZero();

        given().auth().oauth2(operator()).post("/ops/dead-letters/replay").then().statusCode(200)
                .body("deadLetterTopic", org.hamcrest.Matchers.equalTo(Topics.deadLetter("kit-probe")));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("padang", nip) == 1);
        // a second replay starts where the first ended: the event is not sent again
        given().auth().oauth2(operator()).post("/ops/dead-letters/replay").then().statusCode(200);
        assertThat(applied("padang", nip)).isEqualTo(1);
    }

    private static String operator() {
        return TestTokens.user("platform").roles(Roles.PLATFORM_OPERATOR).sign();
    }

    private void insert(UUID id, String key, String data) throws SQLException {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement("""
                insert into outbox_event (id, aggregatetype, aggregateid, type, payload, tenant_id)
                values (?, ?, ?, ?, ?::jsonb, 'palembang')""")) {
            s.setObject(1, id);
            s.setString(2, Topics.EMPLOYEE);
            s.setString(3, key);
            s.setString(4, TYPE);
            // a whole envelope of a type no consumer knows: the probe's inbox skips it
            s.setString(5, """
                    {"specversion":"1.0","id":"%s","source":"/kit-probe","type":"%s","subject":"%s",
                     "time":"2026-12-01T08:00:00Z","datacontenttype":"application/json","tenant":"palembang",
                     "data":%s}""".formatted(id, TYPE, key, data));
            s.executeUpdate();
        }
    }

    private Timestamp parkedAt(UUID id) throws SQLException {
        return (Timestamp) column(id, "parked_at");
    }

    private int attempts(UUID id) throws SQLException {
        return (Integer) column(id, "attempts");
    }

    private boolean sent(UUID id) throws SQLException {
        return column(id, "sent_at") != null;
    }

    private Object column(UUID id, String column) throws SQLException {
        try (Connection c = TestDatabase.superuser();
             PreparedStatement s = c.prepareStatement("select " + column + " from outbox_event where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getObject(1);
            }
        }
    }

    private int applied(String tenant, String nip) throws SQLException {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(
                "select coalesce(max(applied), 0) from probe_effect where tenant_id = ? and nip = ?")) {
            s.setString(1, tenant);
            s.setString(2, nip);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
