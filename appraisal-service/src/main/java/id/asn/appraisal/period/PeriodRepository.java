package id.asn.appraisal.period;

import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The agency's appraisal periods. */
@ApplicationScoped
public class PeriodRepository extends TenantRepository<AppraisalPeriod> {

    public boolean exists(int year) {
        return scoped("year = :year", Map.of("year", year)).count() > 0;
    }
}
