package id.asn.appraisal.calibration;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The units' settled calibrations. */
@ApplicationScoped
public class CalibrationRepository extends TenantRepository<UnitCalibration> {

    public Optional<UnitCalibration> find(UUID periodId, String unitId) {
        return scoped("periodId = :period and unitId = :unit", Map.of("period", periodId, "unit", unitId))
                .firstResultOptional();
    }
}
