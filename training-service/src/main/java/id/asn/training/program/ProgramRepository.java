package id.asn.training.program;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agency's programmes. */
@ApplicationScoped
public class ProgramRepository extends TenantRepository<Program> {

    /** The programmes with their competencies, in one statement however many. */
    public List<Program> withCompetencies(Collection<UUID> ids) {
        return find("select p from Program p left join fetch p.competencies "
                + "where p.tenantId = :tenant and p.id in :ids", Map.of("tenant", TenantContext.current(), "ids", ids))
                .list();
    }
}
