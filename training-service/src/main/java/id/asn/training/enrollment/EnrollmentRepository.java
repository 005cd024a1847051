package id.asn.training.enrollment;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Enrolments. */
@ApplicationScoped
public class EnrollmentRepository extends TenantRepository<Enrollment> {

    public Optional<Enrollment> find(UUID sessionId, String nip) {
        return scoped("sessionId = :session and nip = :nip", Map.of("session", sessionId, "nip", nip)).firstResultOptional();
    }

    public long seatsTaken(UUID sessionId) {
        return scoped("sessionId = :session and status in :held", Map.of("session", sessionId, "held",
                List.of(Enrollment.Status.ENROLLED, Enrollment.Status.COMPLETED, Enrollment.Status.NOT_COMPLETED))).count();
    }

    public Optional<Enrollment> firstWaitlisted(UUID sessionId) {
        return scoped("sessionId = :session and status = :waitlisted", Map.of("session", sessionId, "waitlisted",
                Enrollment.Status.WAITLISTED), Sort.by("createdAt").and("id")).firstResultOptional();
    }

    public List<Enrollment> ofSession(UUID sessionId, List<Enrollment.Status> statuses) {
        return scoped("sessionId = :session and status in :statuses",
                Map.of("session", sessionId, "statuses", statuses), Sort.by("nip")).list();
    }
}
