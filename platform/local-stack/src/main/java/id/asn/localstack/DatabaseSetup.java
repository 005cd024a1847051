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

    /** The role the services connect to the local server as: owns their databases, neither superuser nor BYPASSRLS. */
    static final String APP_ROLE = "asn_app";
    static final String APP_PASSWORD = "asn_app";

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
            if (!exists(connection, database)) {
                try (Statement create = connection.createStatement()) {
                    // identifiers cannot be bound; the names are our own constants
                    create.execute("CREATE DATABASE " + database);
                }
                System.out.println("created database " + database);
            }
        }
    }

    /**
     * The local server's databases, owned by {@link #APP_ROLE} as a service's database is in production, so that
     * row-level security is in force in {@code ./asn up} and the system tests (a superuser would bypass it,
     * docs/adr/0025-row-level-security.md). A database an older stack made as the superuser is handed over with
     * everything in it.
     */
    static void ensureOwnedDatabases(Connection server, String serverUrl, String user, String password)
            throws SQLException {
        try (Statement statement = server.createStatement();
             ResultSet role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "'")) {
            if (!role.next()) {
                statement.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_PASSWORD
                        + "' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
                System.out.println("created role " + APP_ROLE);
            }
        }
        for (String database : DATABASES) {
            if (!exists(server, database)) {
                try (Statement create = server.createStatement()) {
                    create.execute("CREATE DATABASE " + database + " OWNER " + APP_ROLE);
                }
                System.out.println("created database " + database + " owned by " + APP_ROLE);
            } else if (!APP_ROLE.equals(owner(server, database))) {
                try (Connection db = DriverManager.getConnection(JdbcUrls.database(serverUrl, database), user, password)) {
                    handOver(db, database);
                }
                System.out.println("handed database " + database + " over to " + APP_ROLE);
            }
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String owner(Connection server, String database) throws SQLException {
        try (PreparedStatement query = server.prepareStatement(
                "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    // REASSIGN OWNED cannot take objects from the bootstrap superuser, so each of the schema's own objects is
    // altered in turn (tables carry their indexes and owned sequences along)
    private static void handOver(Connection db, String database) throws SQLException {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " OWNER TO " + APP_ROLE);
            List<String> changes = new java.util.ArrayList<>();
            try (ResultSet objects = statement.executeQuery("""
                    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                           ELSE 'TABLE' END, c.oid::regclass::text
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm')
                      AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d
                               WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
                    UNION ALL
                    SELECT 'FUNCTION', p.oid::regprocedure::text
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
                    """)) {
                while (objects.next()) {
                    changes.add("ALTER " + objects.getString(1) + " " + objects.getString(2) + " OWNER TO " + APP_ROLE);
                }
            }
            for (String change : changes) {
                statement.execute(change);
            }
        }
        db.commit();
    }
}
