package id.asn.platform.testinfra;

import org.awaitility.Awaitility;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

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
