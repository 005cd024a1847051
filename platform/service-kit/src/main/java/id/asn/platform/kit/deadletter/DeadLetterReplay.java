package id.asn.platform.kit.deadletter;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the records of {@code <service>.dlq} back to the topics they came from (header {@code dead-letter-topic}),
 * key, value and headers unchanged but the dead-letter ones, so the inbox applies them once more (or, when they
 * fail again, dead-letters them again). Replays what the topic holds when the command starts and remembers how
 * far it got (consumer group {@code <service>-dlq-replay}): a second command replays only newer dead letters.
 */
@ApplicationScoped
public class DeadLetterReplay {

    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final String ORIGIN = "dead-letter-topic";

    private final Map<String, Object> kafka;
    private final String topic;
    private final String group;

    @Inject
    DeadLetterReplay(@Identifier("default-kafka-broker") Map<String, Object> kafka,
                     @ConfigProperty(name = "mp.messaging.incoming.asn-inbound.dead-letter-queue.topic") String topic,
                     @ConfigProperty(name = "quarkus.application.name") String application) {
        this.kafka = kafka;
        this.topic = topic;
        this.group = application + "-dlq-replay";
    }

    /** What one replay did: records sent back per original topic, and records without an origin left alone. */
    public record Replayed(String deadLetterTopic, Map<String, Integer> replayedTo, int withoutOrigin) {
    }

    /** Replays at most {@code max} dead letters, oldest first per partition. */
    public synchronized Replayed replay(int max, String operator) {
        Map<String, Integer> replayed = new TreeMap<>();
        int withoutOrigin = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            List<Future<?>> sends = new ArrayList<>();
            int count = 0;
            while (count < max && !caughtUp(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (count >= max || record.offset() >= end.get(partition)) {
                        continue;
                    }
                    Header origin = record.headers().lastHeader(ORIGIN);
                    if (origin == null) {
                        withoutOrigin++;
                    } else {
                        String target = new String(origin.value(), StandardCharsets.UTF_8);
                        sends.add(producer.send(new ProducerRecord<>(target, null, record.key(), record.value(),
                                withoutDeadLetterHeaders(record))));
                        replayed.merge(target, 1, Integer::sum);
                        count++;
                    }
                    done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            producer.flush();
            for (Future<?> send : sends) {
                send.get();
            }
            // committed only after every replayed record is acknowledged: a failed replay is repeated, not lost
            consumer.commitSync(done);
        } catch (ExecutionException e) {
            throw new IllegalStateException("replaying " + topic + " failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replaying " + topic + " was interrupted", e);
        }
        LOG.warnf("%s replayed %s from %s (%d without an origin header left alone)", operator, replayed, topic,
                withoutOrigin);
        return new Replayed(topic, replayed, withoutOrigin);
    }

    private static boolean caughtUp(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> partition : end.entrySet()) {
            if (consumer.position(partition.getKey()) < partition.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                headers.add(header);
            }
        }
        return headers;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
