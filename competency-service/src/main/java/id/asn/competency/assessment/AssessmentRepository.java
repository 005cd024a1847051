package id.asn.competency.assessment;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository extends TenantRepository<Assessment> {

    public List<Assessment> ofEmployee(UUID employeeId) {
        return scoped("employeeId = :e", Map.of("e", employeeId),
                Sort.descending("assessedOn").and("createdAt", Sort.Direction.Descending)).list();
    }

    public Optional<Assessment> supersederOf(UUID assessmentId) {
        return scoped("supersedesId = :id", Map.of("id", assessmentId)).firstResultOptional();
    }
}
