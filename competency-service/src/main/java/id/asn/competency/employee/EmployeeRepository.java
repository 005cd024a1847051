package id.asn.competency.employee;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EmployeeRepository extends TenantRepository<Employee> {

    public Optional<Employee> findByNip(String nip) {
        return scoped("nip = :nip", Map.of("nip", nip)).firstResultOptional();
    }

    /** The agency's employees with these numbers. */
    public List<Employee> findByNips(Collection<String> nips) {
        return scopedIn("nip", nips);
    }

    public List<Employee> findByIds(Collection<UUID> ids) {
        return scopedIn("id", ids);
    }

    public List<Employee> holding(UUID positionId) {
        return scoped("positionId = :p and active = true", Map.of("p", positionId)).list();
    }
}
