package id.asn.training.proposal;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Plan proposals. */
@ApplicationScoped
public class ProposalRepository extends TenantRepository<PlanProposal> {
}
