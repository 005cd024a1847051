package id.asn.platform.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.asn.platform.events.Topics;
import id.asn.platform.kit.caller.Roles;
import id.asn.platform.kit.probe.ProbeEffects;
import id.asn.platform.testinfra.EventSchemaAssert;
import id.asn.platform.testinfra.KafkaResource;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestTokens;
import id.asn.platform.testinfra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox publishes every event exactly once to a consumer, even across a broker outage (during which
 * readiness is DOWN and writes still succeed); the inbox applies
 * a redelivered event once; malformed records go to the dead-letter topic. */
@QuarkusTest
class OutboxInboxApiTest {


    private KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(KafkaResource.bootstrapServers());
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    private static String createProbe(String tenant, String nip) {
        return given().auth().oauth2(TestTokens.user(tenant).roles(Roles.HR_ADMIN).sign())
                .contentType("application/json").body(Map.of("name", "Pegawai " + nip, "nip", nip))
                .post("/api/v1/probes").then().statusCode(201).extract().path("id");
    }

    @Test
    void anEventIsPublishedAfterCommitKeyedByNipAndConformsToItsSchema() throws Exception {
        String nip = uniqueNip();
        createProbe("palembang", nip);
        ConsumerRecord<String, String> record;
        try (TopicReader reader = TopicReader.of(Topics.EMPLOYEE)) {
            record = reader.await(r -> nip.equals(r.key()), 1).get(0);
        }
        assertThat(record.key()).isEqualTo(nip);
        EventSchemaAssert.assertConforms(record.value());
        com.fasterxml.jackson.databind.JsonNode event = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(record.value());
        assertThat(event.path("tenant").asText()).isEqualTo("palembang");
        assertThat(event.path("type").asText()).isEqualTo("asn.employee.registered.v1");
        assertThat(event.path("subject").asText()).isEqualTo(nip);
        await().atMost(Duration.ofSeconds(20)).until(() -> applied("palembang", nip) == 1);
    }

    @Test
    void eventIdsAreTimeOrderedSoThatTheOutboxIndexGrowsAtItsEnd() throws Exception {
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nips.add(uniqueNip());
            createProbe("palembang", nips.get(i));
        }
        List<String> bySeq = eventIds(nips, "seq");
        assertThat(bySeq).hasSize(5);
        // PostgreSQL's own order of the uuid column, as its primary-key index keeps them
        assertThat(eventIds(nips, "id")).isEqualTo(bySeq);
        assertThat(bySeq).allSatisfy(id -> assertThat(UUID.fromString(id).version()).as(id).isEqualTo(7));
        // and they are the ids the events are published with
        try (TopicReader reader = TopicReader.of(Topics.EMPLOYEE)) {
            assertThat(reader.await(r -> nips.contains(r.key()), 5).stream()
                    .map(r -> new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .toList()).containsExactlyInAnyOrderElementsOf(bySeq);
        }
    }

    @Test
    void writesContinueWhileTheBrokerIsDownAndEveryEventArrivesExactlyOnce() throws Exception {
        List<String> nips = new ArrayList<>();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                String nip = uniqueNip();
                nips.add(nip);
                createProbe("tanjungpinang", nip);  // the write succeeds although Kafka is down
            }
            assertThat(pendingFor(nips)).isEqualTo(5);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(503));
        } finally {
            KafkaResource.startBroker();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> pendingFor(nips) == 0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("/q/health/ready").then().statusCode(200));
        for (String nip : nips) {
            await().atMost(Duration.ofSeconds(60)).until(() -> applied("tanjungpinang", nip) == 1);
        }
        Map<String, Long> perNip;
        try (TopicReader reader = TopicReader.of(Topics.EMPLOYEE)) {
            perNip = reader.await(r -> nips.contains(r.key()), 5).stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        }
        assertThat(perNip.keySet()).containsExactlyInAnyOrderElementsOf(nips);
        for (String nip : nips) {
            assertThat(applied("tanjungpinang", nip)).as("effect of %s", nip).isEqualTo(1);
        }
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String nip = uniqueNip();
        String event = trainingCompleted(UUID.randomUUID().toString(), nip, "sawahlunto");
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.TRAINING, nip, event)).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("sawahlunto", nip) == 1);
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.TRAINING, nip, event)).awaitCompletion();
        // a later event for the same person proves the redelivery was consumed (and ignored) before it
        String marker = uniqueNip();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.TRAINING, nip,
                trainingCompleted(UUID.randomUUID().toString(), marker, "sawahlunto"))).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("sawahlunto", marker) == 1);
        assertThat(applied("sawahlunto", nip)).isEqualTo(1);
    }

    @Test
    void aMalformedEventLandsInTheDeadLetterTopicAndUnknownTypesAreSkipped() throws Exception {
        String nip = uniqueNip();
        kafka.produceStrings().fromRecords(
                new ProducerRecord<>(Topics.TRAINING, nip, "{ this is not an event"),
                new ProducerRecord<>(Topics.TRAINING, nip, trainingCompleted(UUID.randomUUID().toString(), nip,
                        "palembang").replace("asn.training.completed.v1", "asn.training.something-new.v1")))
                .awaitCompletion();
        ConsumerRecord<String, String> dead;
        try (TopicReader reader = TopicReader.of(Topics.deadLetter("kit-probe"))) {
            dead = reader.await(r -> nip.equals(r.key()), 1).get(0);
        }
        assertThat(dead.value()).isEqualTo("{ this is not an event");
        assertThat(new String(dead.headers().lastHeader("dead-letter-topic").value())).isEqualTo(Topics.TRAINING);
        // the consumer goes on: a valid event after the bad ones is applied
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.TRAINING, nip,
                trainingCompleted(UUID.randomUUID().toString(), nip, "palembang"))).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("palembang", nip) == 1);
    }

    @Test
    void aHandlerThatFailsForAMomentIsRetriedAndAppliedOnce() throws Exception {
        String nip = uniqueNip();
        String event = trainingCompleted(UUID.randomUUID().toString(), nip, "palembang")
                .replace("Pelatihan Kepemimpinan", ProbeEffects.OnCompleted.FLAKY);
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.TRAINING, nip, event)).awaitCompletion();
        await().atMost(Duration.ofSeconds(30)).until(() -> ProbeEffects.OnCompleted.FLAKY_FAILURES.get() >= 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> applied("palembang", nip) == 1);
        try (TopicReader reader = TopicReader.of(Topics.deadLetter("kit-probe"))) {
            TopicReader.awaitConsumed("kit-probe", Topics.TRAINING);
            assertThat(reader.matching(r -> nip.equals(r.key()))).isEmpty();
        }
    }

    static String trainingCompleted(String id, String nip, String tenant) {
        return """
                {"specversion":"1.0","id":"%s","source":"/training-service","type":"asn.training.completed.v1",
                 "subject":"%s","time":"2026-11-20T08:00:00Z","datacontenttype":"application/json","tenant":"%s",
                 "data":{"enrollmentId":"e-1","nip":"%s","programId":"p-1","programTitle":"Pelatihan Kepemimpinan",
                 "developmentPath":"PELATIHAN_KLASIKAL","institutionName":"BPSDM","competencies":[],
                 "jp":20,"startDate":"2026-11-01","completedOn":"2026-11-20","certificateNumber":"C-1"}}"""
                .formatted(id, nip, tenant, nip);
    }

    private int applied(String tenant, String nip) throws SQLException {
        return queryInt("select coalesce(max(applied), 0) from probe_effect where tenant_id = ? and nip = ?",
                tenant, nip);
    }

    private List<String> eventIds(List<String> nips, String order) throws SQLException {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(
                "select id from outbox_event where aggregateid = any(?) order by " + order)) {
            s.setArray(1, c.createArrayOf("varchar", nips.toArray()));
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }

    private int pendingFor(List<String> nips) throws SQLException {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(
                "select count(*) from outbox_event where sent_at is null and aggregateid = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", nips.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private int queryInt(String sql, String... args) throws SQLException {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static int sequence = 1;

    /** A valid, unique PNS NIP: birth 1990-01-01, TMT 2015-05, male, a new sequence number. */
    private static synchronized String uniqueNip() {
        return "19900101201505" + "1" + String.format("%03d", sequence++ % 1000);
    }
}
