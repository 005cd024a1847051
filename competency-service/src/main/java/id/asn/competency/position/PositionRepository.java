package id.asn.competency.position;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class PositionRepository extends TenantRepository<Position> {

    public Optional<Position> findByCode(String code) {
        return scoped("code = :code", Map.of("code", code)).firstResultOptional();
    }

    public List<Position> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : scoped("code in :codes", Map.of("codes", codes)).list();
    }
}
