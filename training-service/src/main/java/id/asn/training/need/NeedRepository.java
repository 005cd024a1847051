package id.asn.training.need;

import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tenant.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/** Training needs. */
@ApplicationScoped
public class NeedRepository extends TenantRepository<TrainingNeed> {

    public Optional<TrainingNeed> find(String nip, TrainingNeed.Source source, String sourceRef) {
        return scoped("nip = :nip and source = :source and sourceRef = :ref",
                Map.of("nip", nip, "source", source, "ref", sourceRef)).firstResultOptional();
    }

    /**
     * Records {@code revision} as the latest applied for the appraisal if it is higher than any before; answers
     * whether it was (one statement, so two deliveries racing cannot both win).
     */
    public boolean advanceAppraisalRevision(String appraisalId, int revision) {
        return getEntityManager().createNativeQuery("""
                        insert into appraisal_revision (tenant_id, appraisal_id, revision)
                        values (:tenant, :appraisal, :revision)
                        on conflict (tenant_id, appraisal_id) do update set revision = excluded.revision
                        where appraisal_revision.revision < excluded.revision""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("appraisal", appraisalId)
                .setParameter("revision", revision)
                .executeUpdate() == 1;
    }

    /** Appends one observed gap to the employee's history for the competency (docs/domain.md §2.8). */
    public void observeGap(String nip, String competencyCode, BigDecimal gap, OffsetDateTime observedAt) {
        getEntityManager().createNativeQuery("""
                        insert into gap_observation (tenant_id, nip, competency_code, gap, observed_at)
                        values (:tenant, :nip, :competency, :gap, :at)""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip)
                .setParameter("competency", competencyCode)
                .setParameter("gap", gap.max(BigDecimal.ZERO))
                .setParameter("at", observedAt)
                .executeUpdate();
    }
}
