package id.asn.platform.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL 17 for the test JVM: the zonky embedded binaries (random port, fsync off unless
 * {@code TEST_INFRA_POSTGRES=durable}) or, where a container engine answers, a Testcontainers PostgreSQL. The app
 * connects as {@link TestDatabase#APP_ROLE}, an ordinary role that owns its database as a service's role does in
 * production, so row-level security is in force in every test (a superuser would bypass it).
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private PostgreSQLContainer container;

    @Override
    public Map<String, String> start() {
        if (TestInfra.useDocker()) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return TestDatabase.create(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        try {
            // benchmarks measure a database as durable as production's; tests keep the fast settings
            String durability = durable() ? "on" : "off";
            embedded = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", durability)
                    .setServerConfig("synchronous_commit", durability)
                    .setServerConfig("full_page_writes", durability)
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start (running as root without user "
                    + "namespaces? see README, Tests)", e);
        }
        return TestDatabase.create(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** {@code TEST_INFRA_POSTGRES=durable} (set by {@code bench/run}): fsync, synchronous commit, full-page writes. */
    static boolean durable() {
        return "durable".equalsIgnoreCase(System.getenv().getOrDefault("TEST_INFRA_POSTGRES", ""));
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (container != null) {
                container.stop();
            }
        }
    }
}
