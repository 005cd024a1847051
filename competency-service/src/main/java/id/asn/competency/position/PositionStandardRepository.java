package id.asn.competency.position;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PositionStandardRepository extends TenantRepository<PositionStandard> {

    /** Every version of the position's standard, newest first. */
    public List<PositionStandard> versions(UUID positionId) {
        return scoped("positionId = :p", Map.of("p", positionId), Sort.descending("effectiveFrom")).list();
    }

    /** The version in force on {@code on}. */
    public Optional<PositionStandard> current(UUID positionId, LocalDate on) {
        return scoped("positionId = :p and effectiveFrom <= :on", Map.of("p", positionId, "on", on),
                Sort.descending("effectiveFrom")).firstResultOptional();
    }
}
