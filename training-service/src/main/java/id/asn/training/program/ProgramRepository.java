package id.asn.training.program;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's programmes. */
@ApplicationScoped
public class ProgramRepository extends TenantRepository<Program> {
}
