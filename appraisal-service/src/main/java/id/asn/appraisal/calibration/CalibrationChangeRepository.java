package id.asn.appraisal.calibration;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The changes calibration made, oldest first. */
@ApplicationScoped
public class CalibrationChangeRepository extends TenantRepository<CalibrationChange> {

    public List<CalibrationChange> of(UUID periodId, String unitId) {
        return scoped("periodId = :period and unitId = :unit", Map.of("period", periodId, "unit", unitId),
                Sort.by("createdAt").and("id")).list();
    }
}
