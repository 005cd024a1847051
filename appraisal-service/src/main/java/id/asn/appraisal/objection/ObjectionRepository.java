package id.asn.appraisal.objection;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Objections. */
@ApplicationScoped
public class ObjectionRepository extends TenantRepository<Objection> {

    public boolean exists(UUID appraisalId) {
        return scoped("appraisalId = :appraisal", Map.of("appraisal", appraisalId)).count() > 0;
    }
}
