package id.asn.appraisal.organisation;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The units' capaian kinerja organisasi. */
@ApplicationScoped
public class OrganisationResultRepository extends TenantRepository<OrganisationResult> {

    public Optional<OrganisationResult> find(UUID periodId, String unitId) {
        return scoped("periodId = :period and unitId = :unit", Map.of("period", periodId, "unit", unitId))
                .firstResultOptional();
    }
}
