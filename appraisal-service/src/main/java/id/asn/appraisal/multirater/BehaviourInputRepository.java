package id.asn.appraisal.multirater;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Behaviour inputs of peers and subordinates. */
@ApplicationScoped
public class BehaviourInputRepository extends TenantRepository<BehaviourInput> {

    public Optional<BehaviourInput> find(UUID appraisalId, String raterNip) {
        return scoped("appraisalId = :appraisal and raterNip = :rater",
                Map.of("appraisal", appraisalId, "rater", raterNip)).firstResultOptional();
    }

    public List<BehaviourInput> of(UUID appraisalId) {
        return scoped("appraisalId = :appraisal", Map.of("appraisal", appraisalId)).list();
    }
}
