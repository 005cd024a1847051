package id.asn.appraisal.rater;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** The agency's projected rater trainings. */
@ApplicationScoped
public class RaterTrainingRepository extends TenantRepository<RaterTraining> {

    public List<RaterTraining> of(String nip) {
        return scoped("nip = :nip", Map.of("nip", nip), Sort.descending("completedOn").and("id")).list();
    }

    public boolean trained(String nip) {
        return scoped("nip = :nip", Map.of("nip", nip)).count() > 0;
    }

    public boolean recorded(String enrollmentId) {
        return scoped("enrollmentId = :enrollment", Map.of("enrollment", enrollmentId)).count() > 0;
    }
}
