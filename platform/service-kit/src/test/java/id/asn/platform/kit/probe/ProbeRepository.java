package id.asn.platform.kit.probe;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ProbeRepository extends TenantRepository<Probe> {
}
