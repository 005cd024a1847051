package id.asn.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One KRaft node, broker and controller in one process, as {@code java kafka.Kafka server.properties}. The
 * quorum is static ({@code controller.quorum.voters}) rather than formatted with {@code --standalone}: a
 * standalone format writes the controller's address into the metadata log, and the controller port is picked
 * afresh on each start here.
 */
final class KafkaBroker {
    static final String NAME = "kafka";
    static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true", "-Dlog4j2.configurationFile=classpath:asn-local-stack-log4j2.properties");

    private KafkaBroker() {
    }

    static ProcessHandle launch(Processes processes, String classpath, Path dataDir, Path configFile, int port) {
        int controllerPort = Ports.free();
        writeConfig(configFile, dataDir, port, controllerPort);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(processes, classpath, configFile);
        }
        List<String> args = new java.util.ArrayList<>(JVM_OPTIONS);
        args.addAll(List.of("-cp", classpath, "kafka.Kafka", configFile.toString()));
        return processes.launchJava(NAME, args, Map.of());
    }

    private static void writeConfig(Path configFile, Path dataDir, int port, int controllerPort) {
        String config = String.join("\n",
                "# written by ./asn on every start; edit LocalStack instead",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
        try {
            Files.createDirectories(dataDir);
            Files.writeString(configFile, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + configFile, e);
        }
    }

    /** Formats the log directory once; later starts find meta.properties and keep the topics. */
    private static void format(Processes processes, String classpath, Path configFile) {
        List<String> command = new java.util.ArrayList<>(List.of(Processes.javaBinary().toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", classpath, "kafka.tools.StorageTool", "format",
                "-t", clusterId(), "-c", configFile.toString()));
        Path log = processes.logFile(NAME);
        try {
            Files.createDirectories(log.getParent());
            Process format = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!format.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new StackException("formatting the Kafka log directory hung; see " + log);
            }
            if (format.exitValue() != 0) {
                throw new StackException("formatting the Kafka log directory failed; see " + log + "\n"
                        + processes.tail(NAME, 20));
            }
        } catch (IOException e) {
            throw new StackException("cannot run Kafka's StorageTool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while formatting the Kafka log directory");
        }
    }

    /** Kafka's cluster id format: a random UUID as URL-safe base64 without padding, never starting with '-'. */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
