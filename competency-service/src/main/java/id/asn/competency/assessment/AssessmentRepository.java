package id.asn.competency.assessment;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class AssessmentRepository extends TenantRepository<Assessment> {

    public List<Assessment> ofEmployee(UUID employeeId) {
        return scoped("employeeId = :e", Map.of("e", employeeId),
                Sort.descending("assessedOn").and("createdAt", Sort.Direction.Descending)).list();
    }

    public Optional<Assessment> supersederOf(UUID assessmentId) {
        return scoped("supersedesId = :id", Map.of("id", assessmentId)).firstResultOptional();
    }

    /** Corrected assessment id -> the assessment that corrected it, for those of {@code assessmentIds} corrected. */
    public Map<UUID, UUID> superseders(Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select a.supersedesId, a.id from Assessment a "
                        + "where a.tenantId = :tenant and a.supersedesId in :ids", Object[].class)
                .setParameter("tenant", TenantContext.current()).setParameter("ids", assessmentIds)
                .getResultStream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (UUID) r[1], (a, b) -> a));
    }
}
