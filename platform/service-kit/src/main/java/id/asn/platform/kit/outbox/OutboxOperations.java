package id.asn.platform.kit.outbox;

import id.asn.platform.kit.problem.ProblemException;
import id.asn.platform.kit.tenant.TenantSession;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** What an operator does with parked outbox events: list them, release one for another try, or discard one. */
@ApplicationScoped
public class OutboxOperations {

    private static final Logger LOG = Logger.getLogger(OutboxOperations.class);
    private static final String PARKED = """
            select id, aggregatetype, aggregateid, type, tenant_id, created_at, parked_at, attempts, last_error,
                   (select count(*) from outbox_event w where w.aggregatetype = o.aggregatetype
                      and w.aggregateid = o.aggregateid and w.seq > o.seq and w.sent_at is null
                      and w.discarded_at is null)
            from outbox_event o
            where parked_at is not null and sent_at is null and discarded_at is null
            order by seq""";

    private final AgroalDataSource dataSource;
    private final OutboxRelay relay;

    @Inject
    OutboxOperations(AgroalDataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    /** A parked event and how many later events of its key wait behind it. */
    public record Parked(UUID id, String topic, String key, String type, String tenant, OffsetDateTime createdAt,
                         OffsetDateTime parkedAt, int attempts, String lastError, long waitingBehind) {
    }

    /** The parked events, oldest first. */
    public List<Parked> parked() {
        try (Connection connection = TenantSession.systemConnection(dataSource, "parked outbox events");
             PreparedStatement query = connection.prepareStatement(PARKED);
             ResultSet rows = query.executeQuery()) {
            List<Parked> parked = new ArrayList<>();
            while (rows.next()) {
                parked.add(new Parked(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class),
                        rows.getObject(7, OffsetDateTime.class), rows.getInt(8), rows.getString(9),
                        rows.getLong(10)));
            }
            return parked;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read parked outbox events", e);
        }
    }

    /** Gives a parked event a fresh count of attempts (after the cause was fixed, e.g. the topic's limit). */
    public void release(UUID id, String operator) {
        change(id, "update outbox_event set parked_at = null, attempts = 0 where id = ? and parked_at is not null "
                + "and sent_at is null and discarded_at is null", null);
        LOG.warnf("outbox event %s released by %s: the relay tries it again", id, operator);
        relay.wakeUp();
    }

    /** Gives up a parked event for good: it is never published, and the later events of its key go on. */
    public void discard(UUID id, String operator) {
        change(id, "update outbox_event set discarded_at = now(), discarded_by = ? where id = ? "
                + "and parked_at is not null and sent_at is null and discarded_at is null", operator);
        LOG.warnf("outbox event %s DISCARDED by %s: it will never be published", id, operator);
        relay.wakeUp();
    }

    private void change(UUID id, String sql, String operator) {
        try (Connection connection = TenantSession.systemConnection(dataSource, "parked outbox events");
             PreparedStatement update = connection.prepareStatement(sql)) {
            int position = 1;
            if (operator != null) {
                update.setString(position++, operator);
            }
            update.setObject(position, id);
            if (update.executeUpdate() == 0) {
                throw ProblemException.notFound();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change outbox event " + id, e);
        }
    }
}
