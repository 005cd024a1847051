package id.asn.appraisal.appraisal;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appraisals. */
@ApplicationScoped
public class AppraisalRepository extends TenantRepository<Appraisal> {

    public boolean exists(UUID planId, PeriodType type, int number) {
        return scoped("planId = :plan and periodType = :type and periodNumber = :number",
                Map.of("plan", planId, "type", type, "number", number)).count() > 0;
    }

    /** The finalized annual appraisals of a unit in a period. */
    public List<Appraisal> finalizedAnnual(UUID periodId, String unitId) {
        return scoped("periodId = :period and unitId = :unit and status = :status and periodType = :type",
                Map.of("period", periodId, "unit", unitId, "status", Appraisal.Status.FINALIZED,
                        "type", PeriodType.ANNUAL)).list();
    }

    /** The annual appraisals of a unit in a period, whatever their status, by NIP. */
    public List<Appraisal> annual(UUID periodId, String unitId) {
        return scoped("periodId = :period and unitId = :unit and periodType = :type",
                Map.of("period", periodId, "unit", unitId, "type", PeriodType.ANNUAL),
                Sort.by("nip")).list();
    }

    /** How many finalized annual appraisals of a unit in a period have each predikat. */
    public Map<Predikat, Long> distribution(UUID periodId, String unitId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select predikat, count(*) from appraisal
                        where tenant_id = :tenant and period_id = :period and unit_id = :unit
                          and status = 'FINALIZED' and period_type = 'ANNUAL'
                        group by predikat""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("period", periodId)
                .setParameter("unit", unitId)
                .getResultList();
        Map<Predikat, Long> counts = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            counts.put(p, 0L);
        }
        rows.forEach(r -> counts.put(Predikat.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }
}
