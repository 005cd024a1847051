package id.asn.platform.testinfra;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Chooses once per JVM where the test infrastructure runs: {@code TEST_INFRA} (or {@code -Dtest.infra}) is
 * {@code embedded} (zonky PostgreSQL binaries and an in-JVM KRaft broker), {@code docker} (Testcontainers), or
 * {@code auto} (the default: docker when an engine answers, embedded otherwise).
 */
final class TestInfra {

    private static volatile Boolean docker;

    private TestInfra() {
    }

    static boolean useDocker() {
        if (docker == null) {
            String mode = System.getProperty("test.infra", System.getenv().getOrDefault("TEST_INFRA", "auto"))
                    .toLowerCase(Locale.ROOT);
            docker = switch (mode) {
                case "docker" -> true;
                case "embedded" -> false;
                default -> dockerAnswers();
            };
        }
        return docker;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable noEngine) {
            return false;
        }
    }
}
