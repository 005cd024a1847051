package id.asn.competency.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.competency.employee.EmployeeService;
import id.asn.competency.gap.GapService;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the highest revision of each enrolment's training completion as evidence (docs/domain.md §1.8.3):
 * asn.training.completed.v1 is revision 1, each asn.training.completion-corrected.v1 the next. A lower or equal
 * revision, repeated or overtaken, changes nothing; a withdrawn completion stays as a row that is no evidence. When
 * the evidence changed, the employee's gaps are measured again (in development or not).
 */
@ApplicationScoped
public class TrainingEvidenceStore {

    /** One revision of a completion; {@code withdrawn} when a correction took it back. */
    public record Revision(String enrollmentId, String nip, int revision, boolean withdrawn, String programId,
                           String programTitle, String developmentPath, String institutionName, BigDecimal jp,
                           LocalDate startDate, LocalDate completedOn, String certificateNumber,
                           List<TrainingCompletedV1.TargetCompetency> competencies) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final EmployeeService employees;
    private final GapService gaps;

    @Inject
    TrainingEvidenceStore(EntityManager em, ObjectMapper json, EmployeeService employees, GapService gaps) {
        this.em = em;
        this.json = json;
        this.employees = employees;
        this.gaps = gaps;
    }

    public void keep(Revision r) {
        String nip = r.nip().replaceAll("\\s", "");
        int applied = em.createNativeQuery("""
                        insert into training_evidence (id, tenant_id, nip, enrollment_id, program_id, program_title,
                            development_path, institution_name, jp, start_date, completed_on, certificate_number,
                            competencies, revision, withdrawn)
                        values (:id, :tenant, :nip, :enrollment, :program, :title, :path, :institution, :jp, :start,
                                :completed, :certificate, cast(:competencies as jsonb), :revision, :withdrawn)
                        on conflict (tenant_id, enrollment_id) do update set nip = excluded.nip,
                            program_id = excluded.program_id, program_title = excluded.program_title,
                            development_path = excluded.development_path,
                            institution_name = excluded.institution_name, jp = excluded.jp,
                            start_date = excluded.start_date, completed_on = excluded.completed_on,
                            certificate_number = excluded.certificate_number, competencies = excluded.competencies,
                            revision = excluded.revision, withdrawn = excluded.withdrawn, received_at = now()
                        where training_evidence.revision < excluded.revision""")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip).setParameter("enrollment", r.enrollmentId())
                .setParameter("program", r.programId()).setParameter("title", r.programTitle())
                .setParameter("path", r.developmentPath()).setParameter("institution", r.institutionName())
                .setParameter("jp", r.jp()).setParameter("start", r.startDate())
                .setParameter("completed", r.completedOn()).setParameter("certificate", r.certificateNumber())
                .setParameter("competencies", write(r.competencies() == null ? List.of() : r.competencies()))
                .setParameter("revision", r.revision()).setParameter("withdrawn", r.withdrawn())
                .executeUpdate();
        if (applied > 0) {
            employees.findByNip(nip).ifPresent(e -> gaps.refresh(List.of(e.gapSubject())));
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise training competencies", e);
        }
    }
}
