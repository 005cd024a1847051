package id.asn.platform.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row-level security on every table with a {@code tenant_id} column of a started service's database
 * (docs/adr/0025-row-level-security.md): enabled, forced, with the kit's policy, owned by the app's role, which does
 * not bypass it; and where a table has rows, the app's role sees one agency's with that agency set and none without.
 * So a table added without its policy fails the service's {@code BootContractTest}.
 */
public final class TenantIsolationContract {

    private static final String TENANT_TABLES = """
            select c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner),
                   exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation')
            from pg_class c
            join pg_namespace s on s.oid = c.relnamespace
            join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
            where c.relkind in ('r', 'p') and s.nspname = 'public'
            order by c.relname""";

    private TenantIsolationContract() {
    }

    /** Asserts the whole contract on the test database. */
    public static void assertEveryTenantTableIsolated() throws SQLException {
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> tables = new ArrayList<>();
        try (Connection admin = TestDatabase.superuser()) {
            try (Statement s = admin.createStatement();
                 ResultSet role = s.executeQuery("select rolsuper, rolbypassrls from pg_roles where rolname = '"
                         + TestDatabase.APP_ROLE + "'")) {
                assertThat(role.next()).as("the app's role exists").isTrue();
                assertThat(role.getBoolean(1) || role.getBoolean(2)).as("the app's role bypasses RLS").isFalse();
            }
            try (Statement s = admin.createStatement(); ResultSet rows = s.executeQuery(TENANT_TABLES)) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    tables.add(table);
                    if (!rows.getBoolean(2) || !rows.getBoolean(3) || !rows.getBoolean(5)) {
                        problems.put(table, "row-level security enabled " + rows.getBoolean(2) + ", forced "
                                + rows.getBoolean(3) + ", policy tenant_isolation " + rows.getBoolean(5)
                                + " (call asn_isolate_tenant_tables() in the migration that creates it)");
                    } else if (!TestDatabase.APP_ROLE.equals(rows.getString(4))) {
                        problems.put(table, "owned by " + rows.getString(4) + ", not the app's role");
                    }
                }
            }
            assertThat(tables).as("tenant tables").contains("outbox_event", "inbox_event", "idempotency_key",
                    "employee_projection");
            assertThat(problems).as("tenant tables without row-level security").isEmpty();
            try (Connection app = TestDatabase.app()) {
                for (String table : tables) {
                    seesOnlyItsTenant(admin, app, table, problems);
                }
            }
        }
        assertThat(problems).as("tenant tables whose rows the app's role sees across agencies").isEmpty();
    }

    private static void seesOnlyItsTenant(Connection admin, Connection app, String table, Map<String, String> problems)
            throws SQLException {
        String tenant = null;
        long ofTenant = 0;
        // identifiers cannot be bound; the names come from the catalogue
        try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery("select tenant_id, count(*) from "
                + table + " where tenant_id is not null group by tenant_id order by count(*) desc limit 1")) {
            if (r.next()) {
                tenant = r.getString(1);
                ofTenant = r.getLong(2);
            }
        }
        set(app, "");
        long withoutTenant = count(app, table);
        if (withoutTenant != 0) {
            problems.put(table, withoutTenant + " rows seen without a tenant");
        }
        if (tenant != null) {
            set(app, tenant);
            long seen = count(app, table);
            set(app, "");
            if (seen != ofTenant) {
                problems.put(table, "as " + tenant + " sees " + seen + " rows, it has " + ofTenant);
            }
        }
    }

    private static void set(Connection app, String tenant) throws SQLException {
        try (PreparedStatement s = app.prepareStatement("select set_config('asn.tenant', ?, false)")) {
            s.setString(1, tenant);
            s.execute();
        }
    }

    private static long count(Connection app, String table) throws SQLException {
        try (Statement s = app.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
