package id.asn.competency.evidence;

import id.asn.platform.kit.sql.SqlValues;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The development and performance evidence other services sent about one employee, newest first. */
@ApplicationScoped
public class EvidenceQueries {

    public record TrainingEvidence(String enrollmentId, String programTitle, String developmentPath,
                                   String institutionName, BigDecimal jp, LocalDate completedOn,
                                   String certificateNumber, List<String> competencyCodes) {
    }

    public record AppraisalEvidence(String appraisalId, int year, String periodType, String hasilKerja,
                                    String perilakuKerja, String predikat, LocalDate finalizedOn) {
    }

    private final EntityManager em;

    @Inject
    EvidenceQueries(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public List<TrainingEvidence> trainings(String nip) {
        List<Object[]> rows = em.createNativeQuery("""
                        select enrollment_id, program_title, development_path, institution_name, jp, completed_on,
                               certificate_number,
                               (select string_agg(c ->> 'competencyCode', ',') from jsonb_array_elements(competencies) c)
                        from training_evidence where tenant_id = :tenant and nip = :nip and not withdrawn
                        order by completed_on desc, enrollment_id""")
                .setParameter("tenant", TenantContext.current()).setParameter("nip", nip).getResultList();
        return rows.stream().map(r -> new TrainingEvidence((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (BigDecimal) r[4], SqlValues.date(r[5]), (String) r[6], codes(r[7]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<AppraisalEvidence> appraisals(String nip) {
        List<Object[]> rows = em.createNativeQuery("""
                        select appraisal_id, year, period_type, hasil_kerja, perilaku_kerja, predikat, finalized_on
                        from appraisal_evidence where tenant_id = :tenant and nip = :nip
                        order by year desc, period_end desc nulls last, appraisal_id""")
                .setParameter("tenant", TenantContext.current()).setParameter("nip", nip).getResultList();
        return rows.stream().map(r -> new AppraisalEvidence((String) r[0], ((Number) r[1]).intValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], SqlValues.date(r[6]))).toList();
    }

    private static List<String> codes(Object value) {
        return value == null ? List.of() : List.of(value.toString().split(","));
    }
}
