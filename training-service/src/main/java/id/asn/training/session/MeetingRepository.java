package id.asn.training.session;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Meetings of sessions. */
@ApplicationScoped
public class MeetingRepository extends TenantRepository<Meeting> {

    public List<Meeting> ofSession(UUID sessionId) {
        return scoped("sessionId = :session", Map.of("session", sessionId), Sort.by("date").and("start").and("id")).list();
    }

    /** The meetings of several sessions in one statement, each session's in {@link #ofSession} order. */
    public List<Meeting> ofSessions(Collection<UUID> sessionIds) {
        return scoped("sessionId in :sessions", Map.of("sessions", sessionIds), Sort.by("date").and("start").and("id"))
                .list();
    }
}
