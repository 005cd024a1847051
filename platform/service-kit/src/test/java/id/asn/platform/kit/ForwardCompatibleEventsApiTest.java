package id.asn.platform.kit;

import static org.awaitility.Awaitility.await;

import id.asn.platform.events.Topics;
import id.asn.platform.testinfra.KafkaResource;
import id.asn.platform.testinfra.TestDatabase;
import id.asn.platform.testinfra.TestNips;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Request bodies refuse unknown fields, events must not (docs/events.md, evolution rules): a publisher adds an
 * optional field or a CloudEvents extension attribute before every consumer knows it, and the consumer applies
 * the event as before.
 */
@QuarkusTest
class ForwardCompatibleEventsApiTest {


    @Test
    void anEventWithFieldsTheConsumerDoesNotKnowIsAppliedOnce() throws Exception {
        String nip = TestNips.pns();
        String event = """
                {"specversion":"1.0","id":"%s","source":"/training-service","type":"asn.training.completed.v1",
                 "subject":"%s","time":"2026-11-20T08:00:00Z","datacontenttype":"application/json",
                 "tenant":"forward","partitionkey":"%s","newattribute":{"nested":true},
                 "data":{"enrollmentId":"e-1","nip":"%s","programId":"p-1","programTitle":"Pelatihan Kepemimpinan",
                 "developmentPath":"PELATIHAN_KLASIKAL","institutionName":"BPSDM","competencies":[],
                 "jp":20,"startDate":"2026-11-01","completedOn":"2026-11-20","certificateNumber":"C-1",
                 "addedLater":"an optional field of a newer publisher","addedObject":{"a":[1,2]}}}"""
                .formatted(UUID.randomUUID(), nip, nip, nip);
        try (KafkaCompanion kafka = new KafkaCompanion(KafkaResource.bootstrapServers())) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.TRAINING, nip, event)).awaitCompletion();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(nip) == 1);
    }

    private int applied(String nip) throws SQLException {
        try (Connection c = TestDatabase.superuser(); PreparedStatement s = c.prepareStatement(
                "select coalesce(max(applied), 0) from probe_effect where tenant_id = 'forward' and nip = ?")) {
            s.setString(1, nip);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
