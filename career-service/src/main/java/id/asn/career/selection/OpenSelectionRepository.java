package id.asn.career.selection;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's open selections. */
@ApplicationScoped
public class OpenSelectionRepository extends TenantRepository<OpenSelection> {
}
