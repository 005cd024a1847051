package id.asn.training.followup;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The agency's follow-ups. */
@ApplicationScoped
public class FollowUpRepository extends TenantRepository<FollowUp> {
}
