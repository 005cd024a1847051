package id.asn.platform.kit.tenant;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Tells PostgreSQL whose rows a connection may see, every time the pool hands one out: {@code asn.tenant} is the
 * {@link TenantContext} tenant (empty without one, so the row-level security policies show nothing) and
 * {@code asn.scope} is {@code system} only inside {@link TenantContext#runAsSystem}. Set on each acquisition, the
 * values a connection carried for its previous user never reach the next one (docs/adr/0025-row-level-security.md).
 */
@Singleton
@Unremovable
public class TenantSession implements AgroalPoolInterceptor {

    /** The setting the policies compare {@code tenant_id} with. */
    public static final String TENANT_SETTING = "asn.tenant";
    /** The setting that is {@code system} in the system scope. */
    public static final String SCOPE_SETTING = "asn.scope";
    static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(TenantSession.class);
    // session-level (false): a statement outside a transaction (a read with SUPPORTS) must see it too; the next
    // acquisition overwrites it, and inside a transaction it is rolled back with it
    private static final String APPLY = "select set_config('" + TENANT_SETTING + "', ?, false), set_config('"
            + SCOPE_SETTING + "', ?, false)";

    @Override
    public void onConnectionAcquire(Connection connection) {
        apply(connection);
    }

    /**
     * Applies the thread's binding to the connection a running transaction already holds: {@link TenantContext}
     * calls this when a binding starts or ends, which inside a transaction would otherwise not reach the database
     * (the pool hands the transaction the connection it has, without a new acquisition).
     */
    static void rebind() {
        ArcContainer container = Arc.container();
        if (container == null || !QuarkusTransaction.isActive()) {
            return;
        }
        AgroalDataSource dataSource = container.instance(AgroalDataSource.class).get();
        // in a transaction the pool returns the connection enlisted in it (or enlists one); closing the handle
        // leaves it with the transaction
        try (Connection connection = dataSource.getConnection()) {
            apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant of the transaction's connection", e);
        }
    }

    /**
     * A connection of the system scope for JDBC work across agencies outside a transaction (the outbox relay,
     * housekeeping): the scope is what the connection was acquired with, for as long as it is held.
     */
    public static Connection systemConnection(DataSource dataSource, String purpose) throws SQLException {
        if (QuarkusTransaction.isActive()) {
            // the transaction's connection would keep the caller's scope: use TenantContext.runAsSystem around it
            throw new IllegalStateException("a system connection for " + purpose + " inside a transaction");
        }
        try {
            return TenantContext.runAsSystem(purpose, () -> {
                try {
                    return dataSource.getConnection();
                } catch (SQLException e) {
                    throw new UncheckedSql(e);
                }
            });
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
    }

    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private static void apply(Connection connection) {
        String tenant = TenantContext.find().orElse("");
        String scope = TenantContext.isSystem() ? SYSTEM : "";
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, tenant);
            statement.setString(2, scope);
            statement.execute();
        } catch (SQLException e) {
            // a connection whose tenant is unknown must not be used: the pool discards it and the caller sees the error
            throw new IllegalStateException("could not set the tenant of a database connection", e);
        }
    }

    void warnWhenBypassed(@Observes StartupEvent startup, AgroalDataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select rolsuper or rolbypassrls from pg_roles where rolname = current_user");
             ResultSet result = query.executeQuery()) {
            if (result.next() && result.getBoolean(1)) {
                LOG.warn("row-level security is not in force: the service connects to PostgreSQL as a superuser or "
                        + "a role with BYPASSRLS (docs/adr/0025-row-level-security.md)");
            }
        } catch (SQLException e) {
            LOG.warnf("could not check the database role: %s", e.getMessage());
        }
    }
}
