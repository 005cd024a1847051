package id.asn.training.need;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** Training needs. */
@ApplicationScoped
public class NeedRepository extends TenantRepository<TrainingNeed> {

    public Optional<TrainingNeed> find(String nip, TrainingNeed.Source source, String sourceRef) {
        return scoped("nip = :nip and source = :source and sourceRef = :ref",
                Map.of("nip", nip, "source", source, "ref", sourceRef)).firstResultOptional();
    }
}
