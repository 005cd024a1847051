package id.asn.career.selection;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The candidates of the agency's open selections. */
@ApplicationScoped
public class SelectionCandidateRepository extends TenantRepository<SelectionCandidate> {
}
