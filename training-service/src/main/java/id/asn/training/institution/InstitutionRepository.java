package id.asn.training.institution;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's partner institutions. */
@ApplicationScoped
public class InstitutionRepository extends TenantRepository<Institution> {
}
