package id.asn.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Creates the services' databases when absent. Runs inside {@link PostgresProcess}, or as its own short-lived
 * process (this main) against a server named by ASN_PG_URL: the launcher JVM itself carries no JDBC driver.
 */
public final class DatabaseSetup {
    static final List<String> DATABASES = Arrays.stream(App.values()).map(App::database)
            .flatMap(Optional::stream).toList();

    private DatabaseSetup() {
    }

    /** Arguments: the base JDBC URL (without database) and the user; the password comes from ASN_PG_PASSWORD. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: DatabaseSetup <jdbc:postgresql://host:port/> <user>");
        }
        String password = Optional.ofNullable(System.getenv("ASN_PG_PASSWORD")).orElse("");
        try (Connection connection = DriverManager.getConnection(JdbcUrls.database(args[0], "postgres"), args[1], password)) {
            ensureDatabases(connection);
        }
    }

    static void ensureDatabases(Connection connection) throws SQLException {
        for (String database : DATABASES) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (ResultSet rs = query.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    // identifiers cannot be bound; the names are our own constants
                    create.execute("CREATE DATABASE " + database);
                }
                System.out.println("created database " + database);
            }
        }
    }
}
