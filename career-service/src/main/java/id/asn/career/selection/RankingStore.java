package id.asn.career.selection;

import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The published rankings (table selection_ranking): written once when published, then only read. */
@ApplicationScoped
public class RankingStore {

    /** One published row. */
    public record Row(int place, String nip, String name, boolean eligible, BigDecimal jobFit, String predikat,
                      Integer box, String reason) {
    }

    private final EntityManager em;

    @Inject
    RankingStore(EntityManager em) {
        this.em = em;
    }

    public void save(UUID selectionId, List<Row> rows) {
        for (Row r : rows) {
            em.createNativeQuery("""
                            insert into selection_ranking (tenant_id, selection_id, position, nip, name, eligible,
                                job_fit, predikat, box, reason)
                            values (:tenant, :selection, :place, :nip, :name, :eligible, :jobFit, :predikat, :box,
                                :reason)""")
                    .setParameter("tenant", TenantContext.current())
                    .setParameter("selection", selectionId)
                    .setParameter("place", r.place())
                    .setParameter("nip", r.nip())
                    .setParameter("name", r.name())
                    .setParameter("eligible", r.eligible())
                    .setParameter("jobFit", r.jobFit())
                    .setParameter("predikat", r.predikat())
                    .setParameter("box", r.box())
                    .setParameter("reason", r.reason())
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<Row> of(UUID selectionId) {
        List<Object[]> rows = em.createNativeQuery("""
                        select position, nip, name, eligible, job_fit, predikat, box, reason from selection_ranking
                        where tenant_id = :tenant and selection_id = :selection order by position""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("selection", selectionId)
                .getResultList();
        return rows.stream().map(r -> new Row(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                (Boolean) r[3], (BigDecimal) r[4], (String) r[5], r[6] == null ? null : ((Number) r[6]).intValue(),
                (String) r[7])).toList();
    }
}
