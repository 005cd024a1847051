package id.asn.competency.employee;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EmployeeRepository extends TenantRepository<Employee> {

    private static final int CHUNK = 1000;

    public Optional<Employee> findByNip(String nip) {
        return scoped("nip = :nip", Map.of("nip", nip)).firstResultOptional();
    }

    /** The agency's employees with these numbers, a chunk of numbers per query. */
    public List<Employee> findByNips(Collection<String> nips) {
        List<String> all = List.copyOf(nips);
        List<Employee> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            found.addAll(scoped("nip in :nips", Map.of("nips", chunk)).list());
        }
        return found;
    }

    public List<Employee> findByIds(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<Employee> found = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(scoped("id in :ids", Map.of("ids", all.subList(from, Math.min(all.size(), from + CHUNK))))
                    .list());
        }
        return found;
    }

    public List<Employee> holding(UUID positionId) {
        return scoped("positionId = :p and active = true", Map.of("p", positionId)).list();
    }
}
