package id.asn.training.session;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's sessions. */
@ApplicationScoped
public class SessionRepository extends TenantRepository<TrainingSession> {
}
