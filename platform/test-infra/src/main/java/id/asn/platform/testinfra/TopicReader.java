package id.asn.platform.testinfra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;

/**
 * Reads what services published on the test broker, from the beginning of the topics:
 * {@code try (TopicReader reader = TopicReader.of(Topics.TRAINING)) { reader.await(r -> nip.equals(r.key()), 1); }}
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final KafkaCompanion companion;
    private final ConsumerTask<String, String> task;

    private TopicReader(String... topics) {
        companion = new KafkaCompanion(KafkaResource.bootstrapServers());
        task = companion.consumeStrings().fromTopics(topics);
    }

    public static TopicReader of(String... topics) {
        return new TopicReader(topics);
    }

    /** Waits until at least {@code count} records match and returns all that match. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> which, int count) {
        return await(which, count, DEFAULT_WAIT);
    }

    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> which, int count,
                                                      Duration timeout) {
        Awaitility.await().atMost(timeout).until(() -> matching(which).size() >= count);
        return matching(which);
    }

    /**
     * Waits until at least {@code count} CloudEvents of {@code tenant} and {@code type} (e.g.
     * {@code asn.competency.gap-changed.v1}) match {@code which}, and returns all that match.
     */
    public List<ConsumerRecord<String, String>> awaitEvents(String tenant, String type, Predicate<JsonNode> which,
                                                            int count) {
        return await(r -> {
            JsonNode event = json(r.value());
            return tenant.equals(event.path("tenant").asText()) && type.equals(event.path("type").asText())
                    && which.test(event);
        }, count);
    }

    /** A record's value (or any JSON text) as a tree, for assertions on what was published. */
    public static JsonNode json(String text) {
        try {
            return TestAgency.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }

    /** The records received so far that match. */
    public List<ConsumerRecord<String, String>> matching(Predicate<ConsumerRecord<String, String>> which) {
        return task.getRecords().stream().filter(which).toList();
    }

    /** Publishes records as another service would (key = NIP, value = CloudEvent JSON). */
    public static void publish(String topic, String key, String value) {
        try (KafkaCompanion producer = new KafkaCompanion(KafkaResource.bootstrapServers())) {
            producer.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion();
        }
    }

    /**
     * Waits until consumer group {@code group} has committed everything now on {@code topic}: after it, a test
     * can assert that a redelivered event changed nothing.
     */
    public static void awaitConsumed(String group, String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            Awaitility.await().atMost(DEFAULT_WAIT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset());
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of " + topic, e);
        }
    }

    @Override
    public void close() {
        task.close();
        companion.close();
    }
}
