package id.asn.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostgresStartTest {
    @TempDir
    Path dataDir;

    @Test
    void theLocalStacksDatabaseSurvivesACrash() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedPostgres postgres = PostgresStart.start(dataDir, port);
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet result = statement.executeQuery("show " + setting)) {
                    result.next();
                    assertEquals("on", result.getString(1), setting);
                }
            }
        }
    }

    @Test
    void theServicesDatabasesBelongToAnOrdinaryRoleAlsoWhenAnOlderStackMadeThemAsTheSuperuser() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String server = "jdbc:postgresql://localhost:" + port + "/";
        try (EmbeddedPostgres postgres = PostgresStart.start(dataDir, port);
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            // as the stack made it before: the database and its tables the superuser's
            statement.execute("create database career");
            try (Connection career = DriverManager.getConnection(server + "career", "postgres", "postgres");
                 Statement ddl = career.createStatement()) {
                ddl.execute("create table talent_box (id bigserial primary key, tenant_id text)");
                ddl.execute("insert into talent_box (tenant_id) values ('kota-palembang')");
                ddl.execute("create function probe() returns int language sql as 'select 1'");
            }

            DatabaseSetup.ensureOwnedDatabases(connection, server, "postgres", "postgres");
            DatabaseSetup.ensureOwnedDatabases(connection, server, "postgres", "postgres");

            try (ResultSet owners = statement.executeQuery("select datname, pg_get_userbyid(datdba) from pg_database "
                    + "where datname in ('competency', 'training', 'appraisal', 'career')")) {
                int databases = 0;
                while (owners.next()) {
                    assertEquals(DatabaseSetup.APP_ROLE, owners.getString(2), owners.getString(1));
                    databases++;
                }
                assertEquals(4, databases);
            }
            try (ResultSet role = statement.executeQuery(
                    "select rolsuper or rolbypassrls from pg_roles where rolname = '" + DatabaseSetup.APP_ROLE + "'")) {
                role.next();
                assertEquals(false, role.getBoolean(1), "superuser or BYPASSRLS");
            }
            try (Connection career = DriverManager.getConnection(server + "career", DatabaseSetup.APP_ROLE,
                    DatabaseSetup.APP_PASSWORD);
                 Statement asApp = career.createStatement()) {
                // the owner of what the older stack made: it can alter it (as a migration would) and use it
                asApp.execute("alter table talent_box add column box int");
                asApp.execute("insert into talent_box (tenant_id, box) values ('kota-palembang', 9)");
                try (ResultSet rows = asApp.executeQuery("select count(*), max(probe()) from talent_box")) {
                    rows.next();
                    assertEquals(2, rows.getInt(1));
                    assertEquals(1, rows.getInt(2));
                }
            }
        }
    }
}
