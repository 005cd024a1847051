package id.asn.competency.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.competency.employee.EmployeeService;
import id.asn.competency.gap.GapService;
import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Training is evidence, never a level: docs/domain.md §1.8.3. A completed training is development evidence: it marks
 * the gaps it targets "in development" but never raises the assessed level (only an assessment does). The enrolment id
 * makes a repeated event a no-op even if the inbox were bypassed.
 */
@ApplicationScoped
public class TrainingCompletedHandler implements EventHandler<TrainingCompletedV1> {

    private final EntityManager em;
    private final ObjectMapper json;
    private final EmployeeService employees;
    private final GapService gaps;

    @Inject
    TrainingCompletedHandler(EntityManager em, ObjectMapper json, EmployeeService employees, GapService gaps) {
        this.em = em;
        this.json = json;
        this.employees = employees;
        this.gaps = gaps;
    }

    @Override
    public EventType<TrainingCompletedV1> type() {
        return EventTypes.TRAINING_COMPLETED;
    }

    @Override
    public void handle(TrainingCompletedV1 data, EventMetadata event) {
        String nip = data.nip().replaceAll("\\s", "");
        int inserted = em.createNativeQuery("""
                        insert into training_evidence (id, tenant_id, nip, enrollment_id, program_id, program_title,
                            development_path, institution_name, jp, start_date, completed_on, certificate_number,
                            competencies)
                        values (:id, :tenant, :nip, :enrollment, :program, :title, :path, :institution, :jp, :start,
                                :completed, :certificate, cast(:competencies as jsonb))
                        on conflict (tenant_id, enrollment_id) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", TenantContext.current())
                .setParameter("nip", nip).setParameter("enrollment", data.enrollmentId())
                .setParameter("program", data.programId()).setParameter("title", data.programTitle())
                .setParameter("path", data.developmentPath()).setParameter("institution", data.institutionName())
                .setParameter("jp", data.jp()).setParameter("start", data.startDate())
                .setParameter("completed", data.completedOn()).setParameter("certificate", data.certificateNumber())
                .setParameter("competencies", write(data.competencies() == null ? List.of() : data.competencies()))
                .executeUpdate();
        if (inserted > 0) {
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
