package id.asn.competency.evidence;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.appraisal.AppraisalFinalizedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Appraisal as performance evidence: docs/domain.md §1.8.3. A finalized appraisal is performance evidence shown on the
 * profile. An objection that changed the result publishes the appraisal again with the next revision: a higher
 * revision replaces what was stored for it, a lower or equal one (a replay, an older correction) changes nothing, so
 * the profile shows the final word once (docs/events.md, the note on revisions).
 */
@ApplicationScoped
public class AppraisalFinalizedHandler implements EventHandler<AppraisalFinalizedV1> {

    private final EntityManager em;

    @Inject
    AppraisalFinalizedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType<AppraisalFinalizedV1> type() {
        return EventTypes.APPRAISAL_FINALIZED;
    }

    @Override
    public void handle(AppraisalFinalizedV1 data, EventMetadata event) {
        em.createNativeQuery("""
                        insert into appraisal_evidence (id, tenant_id, nip, appraisal_id, year, period_type,
                            period_start, period_end, hasil_kerja, perilaku_kerja, predikat, finalized_on, revision)
                        values (:id, :tenant, :nip, :appraisal, :year, :periodType, :start, :end, :hasil, :perilaku,
                                :predikat, :finalized, :revision)
                        on conflict (tenant_id, appraisal_id) do update set
                            period_type = excluded.period_type, period_start = excluded.period_start,
                            period_end = excluded.period_end, hasil_kerja = excluded.hasil_kerja,
                            perilaku_kerja = excluded.perilaku_kerja, predikat = excluded.predikat,
                            finalized_on = excluded.finalized_on, revision = excluded.revision, received_at = now()
                        where appraisal_evidence.revision < excluded.revision""")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", TenantContext.current())
                .setParameter("nip", data.nip().replaceAll("\\s", "")).setParameter("appraisal", data.appraisalId())
                .setParameter("year", data.year()).setParameter("periodType", data.periodType())
                .setParameter("start", data.periodStart()).setParameter("end", data.periodEnd())
                .setParameter("hasil", data.hasilKerja()).setParameter("perilaku", data.perilakuKerja())
                .setParameter("predikat", data.predikat()).setParameter("finalized", data.finalizedOn())
                .setParameter("revision", data.revision())
                .executeUpdate();
    }
}
