package id.asn.platform.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.server.common.MetadataVersion;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for the test JVM: a single-node KRaft cluster from Kafka's own test kit inside the JVM
 * (random port), or a Testcontainers broker where a container engine answers. A broker that tries to exit the
 * JVM fails the test instead.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaClusterTestKit cluster;
    private static volatile String bootstrapServers;
    private KafkaContainer container;

    /** Where tests reach the broker, e.g. for a {@code KafkaCompanion}. */
    public static String bootstrapServers() {
        return bootstrapServers;
    }

    /** Stops the broker (the controller keeps running) to test behaviour while Kafka is down. */
    public static void stopBroker() {
        requireEmbedded().brokers().values().forEach(broker -> broker.shutdown());
    }

    /** Starts the broker stopped by {@link #stopBroker()} again, on the same port. */
    public static void startBroker() {
        requireEmbedded().brokers().values().forEach(broker -> broker.startup());
    }

    private static KafkaClusterTestKit requireEmbedded() {
        if (cluster == null) {
            throw new IllegalStateException("broker stop/start needs the embedded broker (TEST_INFRA=embedded)");
        }
        return cluster;
    }

    @Override
    public Map<String, String> start() {
        if (TestInfra.useDocker()) {
            container = new KafkaContainer("apache/kafka-native:4.1.2");
            container.start();
            bootstrapServers = container.getBootstrapServers();
            return Map.of("kafka.bootstrap.servers", bootstrapServers);
        }
        Exit.setExitProcedure((code, message) -> {
            throw new IllegalStateException("embedded broker tried to exit(" + code + "): " + message);
        });
        Exit.setHaltProcedure((code, message) -> {
            throw new IllegalStateException("embedded broker tried to halt(" + code + "): " + message);
        });
        try {
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            cluster = kit;
            bootstrapServers = kit.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka broker did not start", e);
        }
        return Map.of("kafka.bootstrap.servers", bootstrapServers);
    }

    @Override
    public void stop() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka broker did not stop cleanly", e);
        } finally {
            cluster = null;
            if (container != null) {
                container.stop();
            }
        }
    }
}
