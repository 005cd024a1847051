package id.asn.career.evidence;

import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other services told career-service about an employee's performance and development: annual appraisal
 * results (the corrected one replacing the earlier), completed trainings and the latest job-person match.
 */
@ApplicationScoped
public class EvidenceStore {

    /** The annual predikat of one year, from the highest revision of its appraisal. */
    public record AnnualResult(int year, String predikat, String hasilKerja, int revision) {
    }

    private final EntityManager em;

    @Inject
    EvidenceStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Keeps the highest revision per appraisal id: a corrected result (revision + 1, after an objection) replaces
     * the earlier one, a lower or equal revision arriving late changes nothing.
     *
     * @return whether the row changed
     */
    public boolean keepAppraisal(String appraisalId, String nip, int year, String periodType, String hasilKerja,
                                 String perilakuKerja, String predikat, LocalDate finalizedOn, int revision) {
        return em.createNativeQuery("""
                        insert into appraisal_result (tenant_id, appraisal_id, nip, year, period_type, hasil_kerja,
                            perilaku_kerja, predikat, finalized_on, revision)
                        values (:tenant, :id, :nip, :year, :periodType, :hasil, :perilaku, :predikat, :finalizedOn,
                            :revision)
                        on conflict (tenant_id, appraisal_id) do update set nip = excluded.nip, year = excluded.year,
                            period_type = excluded.period_type, hasil_kerja = excluded.hasil_kerja,
                            perilaku_kerja = excluded.perilaku_kerja, predikat = excluded.predikat,
                            finalized_on = excluded.finalized_on, revision = excluded.revision
                        where appraisal_result.revision < excluded.revision""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("id", appraisalId)
                .setParameter("nip", nip)
                .setParameter("year", year)
                .setParameter("periodType", periodType)
                .setParameter("hasil", hasilKerja)
                .setParameter("perilaku", perilakuKerja)
                .setParameter("predikat", predikat)
                .setParameter("finalizedOn", finalizedOn)
                .setParameter("revision", revision)
                .executeUpdate() == 1;
    }

    /** Records a completed training once per enrolment; answers whether it was new. */
    public boolean keepTraining(String enrollmentId, String nip, BigDecimal jp, LocalDate completedOn) {
        return keepTraining(enrollmentId, nip, jp, completedOn, 1, false);
    }

    /**
     * Keeps the highest revision of a training's completion (asn.training.completed.v1 is revision 1, each
     * asn.training.completion-corrected.v1 the next); a lower or equal revision, repeated or overtaken, changes
     * nothing. Answers whether it was applied.
     */
    public boolean keepTraining(String enrollmentId, String nip, BigDecimal jp, LocalDate completedOn, int revision,
                                boolean withdrawn) {
        return em.createNativeQuery("""
                        insert into training_record (tenant_id, enrollment_id, nip, jp, completed_on, revision, withdrawn)
                        values (:tenant, :id, :nip, :jp, :completedOn, :revision, :withdrawn)
                        on conflict (tenant_id, enrollment_id) do update set nip = excluded.nip, jp = excluded.jp,
                            completed_on = excluded.completed_on, revision = excluded.revision,
                            withdrawn = excluded.withdrawn
                        where training_record.revision < excluded.revision""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("id", enrollmentId)
                .setParameter("nip", nip)
                .setParameter("jp", jp)
                .setParameter("completedOn", completedOn)
                .setParameter("revision", revision)
                .setParameter("withdrawn", withdrawn)
                .executeUpdate() == 1;
    }

    /** A gap-changed event measured someone against this position: competency-service holds its standard. */
    public void keepStandardSeen(String positionId) {
        em.createNativeQuery("""
                        insert into position_standard_seen (tenant_id, position_id) values (:tenant, :id)
                        on conflict do nothing""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("id", positionId)
                .executeUpdate();
    }

    /** Keeps an assessment once; answers whether it was new. */
    public boolean keepAssessment(String assessmentId, String nip, LocalDate assessedOn, LocalDate validUntil,
                                  String supersedes) {
        return em.createNativeQuery("""
                        insert into competency_assessment (tenant_id, assessment_id, nip, assessed_on, valid_until,
                            supersedes)
                        values (:tenant, :id, :nip, :assessedOn, :validUntil, :supersedes) on conflict do nothing""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("id", assessmentId)
                .setParameter("nip", nip)
                .setParameter("assessedOn", assessedOn)
                .setParameter("validUntil", validUntil)
                .setParameter("supersedes", supersedes)
                .executeUpdate() == 1;
    }

    public void keepJobFit(String nip, String positionId, BigDecimal jpm) {
        em.createNativeQuery("""
                        insert into competency_fit (tenant_id, nip, position_id, jpm, updated_at)
                        values (:tenant, :nip, :positionId, :jpm, now())
                        on conflict (tenant_id, nip) do update set position_id = excluded.position_id,
                            jpm = excluded.jpm, updated_at = excluded.updated_at""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip)
                .setParameter("positionId", positionId)
                .setParameter("jpm", jpm)
                .executeUpdate();
    }

    /** Annual results per NIP, year by year (an agency's periodic appraisals do not count here). */
    @SuppressWarnings("unchecked")
    public Map<String, Map<Integer, AnnualResult>> annualResults(Collection<String> nips) {
        Map<String, Map<Integer, AnnualResult>> results = new HashMap<>();
        if (nips.isEmpty()) {
            return results;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select nip, year, predikat, hasil_kerja, revision from appraisal_result
                        where tenant_id = :tenant and nip in (:nips) and period_type = 'ANNUAL'
                        order by nip, year, finalized_on, revision""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", nips)
                .getResultList();
        for (Object[] r : rows) {
            results.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(((Number) r[1]).intValue(),
                    new AnnualResult(((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                            ((Number) r[4]).intValue()));
        }
        return results;
    }

    public Map<Integer, AnnualResult> annualResults(String nip) {
        return annualResults(List.of(nip)).getOrDefault(nip, Map.of());
    }

    /** JP of completed trainings per NIP within [from, to]. */
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> trainingJp(Collection<String> nips, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> jp = new HashMap<>();
        if (nips.isEmpty()) {
            return jp;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select nip, sum(jp) from training_record
                        where tenant_id = :tenant and nip in (:nips) and not withdrawn
                          and completed_on between :from and :to
                        group by nip""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", nips)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] r : rows) {
            jp.put((String) r[0], (BigDecimal) r[1]);
        }
        return jp;
    }

    /** The latest JPM against each employee's current position, from competency-service's events. */
    @SuppressWarnings("unchecked")
    public Map<String, JobFitFromEvents> jobFits(Collection<String> nips) {
        Map<String, JobFitFromEvents> fits = new HashMap<>();
        if (nips.isEmpty()) {
            return fits;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select nip, position_id, jpm from competency_fit
                        where tenant_id = :tenant and nip in (:nips)""")
                .setParameter("tenant", TenantContext.current())
                .setParameter("nips", nips)
                .getResultList();
        for (Object[] r : rows) {
            fits.put((String) r[0], new JobFitFromEvents((String) r[1], (BigDecimal) r[2]));
        }
        return fits;
    }

    /** The job-person match of an employee's current position as the last gap-changed event gave it. */
    public record JobFitFromEvents(String positionId, BigDecimal jpm) {
    }

    /** The latest year with an annual result, if any. */
    public Optional<Integer> latestAnnualYear(String nip) {
        return annualResults(nip).keySet().stream().max(Integer::compare);
    }
}
