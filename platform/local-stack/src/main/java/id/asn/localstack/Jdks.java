package id.asn.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of at least a given feature release for a child process that needs a newer one than the
 * platform's (Keycloak needs 21; the platform builds and runs on 17). The version is read from the JDK's
 * {@code release} file, so no candidate is started just to ask it.
 */
final class Jdks {
    /** Where Debian and Ubuntu packages (and the Temurin packages) install JDKs. */
    static final Path SYSTEM_JVMS = Path.of("/usr/lib/jvm");

    private Jdks() {
    }

    /**
     * The Java home to use: {@code configured} when given (it must be new enough), else this JVM when new enough,
     * else the newest one under {@code jvmDirs}.
     *
     * @param variable the name the user sets {@code configured} by, for the error message
     */
    static Path find(int minimum, Optional<Path> configured, Path current, List<Path> jvmDirs, String variable, String who) {
        if (configured.isPresent()) {
            Path home = configured.get();
            OptionalInt version = featureVersion(home);
            if (version.isEmpty() || !Files.isExecutable(home.resolve("bin/java"))) {
                throw new StackException(variable + "=" + home + " is not a Java home (no bin/java and release file)");
            }
            if (version.getAsInt() < minimum) {
                throw new StackException(variable + "=" + home + " is Java " + version.getAsInt() + "; " + who
                        + " needs Java " + minimum + " or newer");
            }
            return home;
        }
        if (featureVersion(current).orElse(0) >= minimum) {
            return current;
        }
        return jvmDirs.stream().flatMap(Jdks::children)
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> featureVersion(home).orElse(0) >= minimum)
                .max(Comparator.comparingInt((Path home) -> featureVersion(home).orElse(0)).thenComparing(Path::toString))
                .orElseThrow(() -> new StackException(who + " needs Java " + minimum + " or newer, and none was found: this JVM ("
                        + current + ") is Java " + featureVersion(current).orElse(0) + " and nothing under "
                        + jvmDirs.stream().map(Path::toString).toList() + " is " + minimum + "+.\n"
                        + "Install one (e.g. a Temurin 21 or 25 package, or openjdk-21-jdk-headless where the"
                        + " distribution has it) or point " + variable + " at one."));
    }

    /** The feature release (17, 21, 25...) of the JDK at {@code home}, from its {@code release} file. */
    static OptionalInt featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return OptionalInt.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(release)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
        // "1.8.0_402" is Java 8; "21.0.5", "25" and "26-ea" start with the feature release
        String feature = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
            end++;
        }
        return end == 0 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(feature.substring(0, end)));
    }

    private static Stream<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(dir)) {
            // symlinked aliases (default-java, java-1.17.0-openjdk-amd64) name the same JDK twice; harmless
            return list.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
