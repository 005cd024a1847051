package id.asn.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The classpath of the helper processes (PostgreSQL host, Kafka broker, database setup): this module's jar and
 * the dependencies the build copies next to it. Found from the project directory rather than from this JVM's
 * own classpath, because a test JVM loading {@link LocalStack} has a classpath of its own.
 */
final class ChildClasspath {
    private ChildClasspath() {
    }

    static String of(Path projectDir) {
        Path target = projectDir.resolve("platform/local-stack/target");
        Path lib = target.resolve("lib");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith("asn-local-stack-") && n.endsWith(".jar") && !n.endsWith("-sources.jar") && !n.endsWith("-tests.jar");
            }).findFirst().orElse(null);
        } catch (IOException e) {
            jar = null;
        }
        if (jar == null || !Files.isDirectory(lib)) {
            throw new StackException("the local-stack module is not built (no jar and lib/ in " + target
                    + "); run ./mvnw -q -B -DskipTests -pl platform/local-stack package");
        }
        return jar + File.pathSeparator + lib + File.separator + "*";
    }
}
