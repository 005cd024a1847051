package id.asn.competency.assessment;

import id.asn.competency.config.CompetencyConfig;
import id.asn.competency.assessment.EvidenceRule.Evidence;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the result of docs/domain.md §1.8.2 per employee and competency: {@code current_level} equals what the
 * {@link EvidenceRule} says today, so that reports over a whole agency read one row per employee and competency
 * instead of re-ranking every assessment.
 */
@ApplicationScoped
public class CurrentLevels {

    private static final int CHUNK = 500;

    private final EntityManager em;
    private final AssessmentRepository assessments;
    private final EvidenceRule rule;

    @Inject
    CurrentLevels(EntityManager em, AssessmentRepository assessments, CompetencyConfig config) {
        this.em = em;
        this.assessments = assessments;
        this.rule = new EvidenceRule(config.evidence().ranking().stream().map(AssessmentMethod::valueOf).toList());
    }

    public EvidenceRule rule() {
        return rule;
    }

    /** Re-applies the rule for these employees as of {@code on}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recompute(Collection<UUID> employeeIds, LocalDate on) {
        List<UUID> ids = List.copyOf(employeeIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            recomputeChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), on);
        }
    }

    private void recomputeChunk(List<UUID> ids, LocalDate on) {
        List<Assessment> all = assessments.scoped("employeeId in :ids", Map.of("ids", ids)).list();
        Set<UUID> superseded = all.stream().map(a -> a.supersedesId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, Map<String, List<Evidence>>> byEmployee = new HashMap<>();
        Map<UUID, Assessment> byId = new HashMap<>();
        for (Assessment a : all) {
            byId.put(a.id, a);
            for (Assessment.Score s : a.scores) {
                byEmployee.computeIfAbsent(a.employeeId, k -> new HashMap<>())
                        .computeIfAbsent(s.competencyCode, k -> new ArrayList<>())
                        .add(new Evidence(a.id, a.method, a.assessedOn, a.validUntil,
                                a.createdAt, superseded.contains(a.id), s.score));
            }
        }
        em.createNativeQuery("delete from current_level where tenant_id = :tenant and employee_id in (:ids)")
                .setParameter("tenant", TenantContext.current()).setParameter("ids", ids).executeUpdate();
        byEmployee.forEach((employeeId, byCode) -> byCode.forEach((code, evidence) -> {
            Optional<Evidence> current = rule.current(evidence, on);
            current.ifPresent(e -> em.createNativeQuery("""
                            insert into current_level (tenant_id, employee_id, competency_code, level, assessment_id,
                                                       method, assessed_on, valid_until)
                            values (:tenant, :employee, :code, :level, :assessment, :method, :assessedOn, :validUntil)""")
                    .setParameter("tenant", TenantContext.current()).setParameter("employee", employeeId)
                    .setParameter("code", code).setParameter("level", e.score())
                    .setParameter("assessment", e.assessmentId()).setParameter("method", e.method().name())
                    .setParameter("assessedOn", e.assessedOn()).setParameter("validUntil", e.validUntil())
                    .executeUpdate());
        }));
    }

    /** Employees whose current level rests on evidence that has expired by {@code on}. */
    @SuppressWarnings("unchecked")
    public List<UUID> withExpiredEvidence(LocalDate on) {
        return em.createNativeQuery("""
                        select distinct employee_id from current_level where tenant_id = :tenant and valid_until < :on""",
                        UUID.class)
                .setParameter("tenant", TenantContext.current()).setParameter("on", on).getResultList();
    }
}
