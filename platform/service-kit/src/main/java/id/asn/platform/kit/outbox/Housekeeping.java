package id.asn.platform.kit.outbox;

import id.asn.platform.kit.config.KitConfig;
import id.asn.platform.kit.tenant.TenantSession;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes what the platform tables no longer need: sent outbox rows, inbox rows older than any redelivery can
 * be (keep them longer than the topics' retention), and answered idempotency keys. One instance at a time.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext('asn-housekeeping'))";

    private final AgroalDataSource dataSource;
    private final Duration outboxRetention;
    private final Duration inboxRetention;
    private final Duration idempotencyRetention;

    @Inject
    Housekeeping(AgroalDataSource dataSource, KitConfig config) {
        this.dataSource = dataSource;
        this.outboxRetention = config.outbox().retention();
        this.inboxRetention = config.inbox().retention();
        this.idempotencyRetention = config.idempotency().retention();
    }

    @Scheduled(every = "${asn.housekeeping.every}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        try (Connection connection = TenantSession.systemConnection(dataSource, "housekeeping")) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(LOCK); ResultSet locked = lock.executeQuery()) {
                if (!locked.next() || !locked.getBoolean(1)) {
                    connection.rollback();
                    return;
                }
            }
            int outbox = delete(connection, "delete from outbox_event where sent_at < now() - ?::interval",
                    outboxRetention);
            int inbox = delete(connection, "delete from inbox_event where processed_at < now() - ?::interval",
                    inboxRetention);
            int keys = delete(connection, "delete from idempotency_key where created_at < now() - ?::interval",
                    idempotencyRetention);
            connection.commit();
            if (outbox + inbox + keys > 0) {
                LOG.infof("housekeeping deleted %d sent outbox rows, %d inbox rows, %d idempotency keys",
                        outbox, inbox, keys);
            }
        } catch (SQLException e) {
            LOG.warnf("housekeeping failed, will try again: %s", e.getMessage());
        }
    }

    private static int delete(Connection connection, String sql, Duration age) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, age.getSeconds() + " seconds");
            return delete.executeUpdate();
        }
    }
}
