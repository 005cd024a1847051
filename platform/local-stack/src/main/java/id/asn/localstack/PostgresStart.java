package id.asn.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

/**
 * Starts the local PostgreSQL server and exits, leaving the server running on its own: zonky unpacks the
 * binaries, runs {@code initdb} on the first start (the data directory is kept afterwards) and
 * {@code pg_ctl start}, and when the user is root runs every binary under {@code unshare -U}, which PostgreSQL
 * needs because it refuses to run as root. The server's own {@code postmaster.pid} then identifies it
 * ({@link Postmaster}); no JVM stays behind to host it.
 *
 * <p>Arguments: data directory, port. The server's output goes to this process's stdout (the log file).
 */
public final class PostgresStart {
    private PostgresStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PostgresStart <data dir> <port>");
        }
        Path dataDir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres postgres = start(dataDir, port);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            DatabaseSetup.ensureOwnedDatabases(connection, "jdbc:postgresql://localhost:" + port + "/",
                    LocalStack.LOCAL_PG_USER, LocalStack.LOCAL_PG_PASSWORD);
        }
        System.out.println("PostgreSQL ready on port " + port + ", data in " + dataDir);
        System.exit(0);
    }

    /**
     * The server as {@code ./asn up} runs it. Durable, unlike the tests' throwaway servers: the data in
     * {@code .asn/} outlives each run, so a crash or a power cut must not corrupt it (zonky's own default turns
     * {@code synchronous_commit} off, and the tests also turn {@code fsync} and {@code full_page_writes} off).
     */
    static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false) // the server must outlive this process
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
