package id.asn.training.ledger;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** JP ledger entries. */
@ApplicationScoped
public class LedgerRepository extends TenantRepository<LedgerEntry> {
}
