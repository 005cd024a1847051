package id.asn.appraisal.rater;

import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agency's projected rater trainings; a withdrawn one is kept for its revision but counts for nothing. */
@ApplicationScoped
public class RaterTrainingRepository extends TenantRepository<RaterTraining> {

    public List<RaterTraining> of(String nip) {
        return scoped("nip = :nip and withdrawn = false", Map.of("nip", nip),
                Sort.descending("completedOn").and("id")).list();
    }

    public boolean trained(String nip) {
        return scoped("nip = :nip and withdrawn = false", Map.of("nip", nip)).count() > 0;
    }

    public Optional<RaterTraining> ofEnrollment(String enrollmentId) {
        return scoped("enrollmentId = :enrollment", Map.of("enrollment", enrollmentId)).firstResultOptional();
    }
}
