package id.asn.competency;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.testinfra.KafkaResource;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Reads what the service published and produces what other services would, on the real broker. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Events() {
    }

    public static KafkaCompanion companion() {
        return new KafkaCompanion(KafkaResource.bootstrapServers());
    }

    /** Waits until {@code topic} holds the events of {@code tenant} and {@code type} matching, and returns them. */
    public static List<ConsumerRecord<String, String>> await(String topic, String tenant, String type,
                                                             Predicate<JsonNode> matching, int atLeast) {
        try (KafkaCompanion companion = companion()) {
            ConsumerTask<String, String> task = companion.consumeStrings()
                    .withGroupId("test-" + UUID.randomUUID()).withAutoCommit().fromTopics(topic);
            try {
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> select(task, tenant, type, matching).size()
                        >= atLeast);
                return select(task, tenant, type, matching);
            } finally {
                task.close();
            }
        }
    }

    private static List<ConsumerRecord<String, String>> select(ConsumerTask<String, String> task, String tenant,
                                                               String type, Predicate<JsonNode> matching) {
        return task.getRecords().stream().filter(r -> {
            JsonNode event = parse(r.value());
            return tenant.equals(event.path("tenant").asText()) && type.equals(event.path("type").asText())
                    && matching.test(event);
        }).toList();
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    /** Produces a CloudEvent as another service's outbox relay would: keyed by NIP, JSON value. */
    public static void produce(String topic, String nip, String cloudEventJson) {
        try (KafkaCompanion companion = companion()) {
            companion.produceStrings().fromRecords(new ProducerRecord<>(topic, nip, cloudEventJson))
                    .awaitCompletion(Duration.ofSeconds(20));
        }
    }
}
