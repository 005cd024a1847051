package id.asn.career.promotion;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's promotion proposals. */
@ApplicationScoped
public class PromotionProposalRepository extends TenantRepository<PromotionProposal> {
}
