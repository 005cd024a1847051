package id.asn.platform.testinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The test JVM's database: the app's own role and database, and a superuser connection for what a test must see
 * across agencies (assertions on the outbox, a benchmark's baseline without row-level security). The app never
 * gets the superuser.
 */
public final class TestDatabase {

    /** The role the app connects as: owns the database and its tables, neither superuser nor BYPASSRLS. */
    public static final String APP_ROLE = "asn_app";
    static final String DATABASE = "asn";

    private static volatile String superuserUrl;
    private static volatile String superuser;
    private static volatile String superuserPassword;

    private TestDatabase() {
    }

    /** Creates the app's role and database on a fresh server and answers the app's datasource configuration. */
    static Map<String, String> create(String serverUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create role " + APP_ROLE + " login password '" + APP_ROLE
                    + "' nosuperuser nobypassrls nocreatedb nocreaterole");
            statement.execute("create database " + DATABASE + " owner " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database", e);
        }
        String url = withDatabase(serverUrl, DATABASE);
        superuserUrl = url;
        superuser = user;
        superuserPassword = password;
        return Map.of("quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", APP_ROLE,
                "quarkus.datasource.password", APP_ROLE);
    }

    /**
     * A new connection to the app's database as the superuser, which row-level security does not restrict: for a
     * test's look at rows of any agency and a benchmark's baseline, never for what the app itself does.
     */
    public static Connection superuser() throws SQLException {
        if (superuserUrl == null) {
            throw new IllegalStateException("no test database: PostgresResource has not started");
        }
        return DriverManager.getConnection(superuserUrl, superuser, superuserPassword);
    }

    /** A new connection as the app's role, outside the app's pool: for checks of the policies themselves. */
    static Connection app() throws SQLException {
        if (superuserUrl == null) {
            throw new IllegalStateException("no test database: PostgresResource has not started");
        }
        return DriverManager.getConnection(superuserUrl, APP_ROLE, APP_ROLE);
    }

    // jdbc:postgresql://host:port/db?user=... -> jdbc:postgresql://host:port/<database>: the URL's parameters are
    // dropped, a user named there would win over the datasource's username
    private static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        return url.substring(0, slash + 1) + database;
    }
}
