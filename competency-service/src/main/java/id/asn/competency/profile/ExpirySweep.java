package id.asn.competency.profile;

import id.asn.competency.assessment.CurrentLevels;
import id.asn.competency.employee.EmployeeService;
import id.asn.competency.gap.GapService;
import id.asn.competency.gap.GapSubject;
import id.asn.platform.kit.tenant.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Expiry of evidence: docs/domain.md §1.7.4, §1.8.2 rule 2. Levels and gaps change with time alone: evidence expires,
 * and a standard version dated in the future comes into force. Once a day this re-applies the evidence rule to the
 * employees concerned and refreshes their gaps (publishing gap-changed where they changed), one agency per
 * transaction; an agency another instance is sweeping at the same time is left to that instance.
 */
@ApplicationScoped
public class ExpirySweep {

    private final EntityManager em;
    private final CurrentLevels currentLevels;
    private final EmployeeService employees;
    private final GapService gaps;

    @Inject
    ExpirySweep(EntityManager em, CurrentLevels currentLevels, EmployeeService employees, GapService gaps) {
        this.em = em;
        this.currentLevels = currentLevels;
        this.employees = employees;
        this.gaps = gaps;
    }

    @Scheduled(cron = "{competency.sweep.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        sweep(LocalDate.now());
    }

    /** Brings every agency's levels and gaps up to {@code on}. */
    @SuppressWarnings("unchecked")
    public void sweep(LocalDate on) {
        // the agencies to sweep are found across all of them (system scope); each is then swept as itself
        List<String> tenants = TenantContext.runAsSystem("competency sweep: agencies due", () ->
                QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        select tenant_id from current_level where valid_until < :on
                        union
                        select tenant_id from position_standard where effective_from = :on""", String.class)
                .setParameter("on", on).getResultList()));
        for (String tenant : tenants) {
            TenantContext.runAs(tenant, () -> QuarkusTransaction.requiringNew().run(() -> sweepTenant(on)));
        }
    }

    @SuppressWarnings("unchecked")
    private void sweepTenant(LocalDate on) {
        // SKIP above only holds within one JVM: with several instances, the one holding the agency's lock sweeps it
        boolean mine = (Boolean) em.createNativeQuery(
                        "select pg_try_advisory_xact_lock(hashtext('competency-sweep:' || :tenant))", Boolean.class)
                .setParameter("tenant", TenantContext.current()).getSingleResult();
        if (!mine) {
            return;
        }
        List<UUID> expired = currentLevels.withExpiredEvidence(on);
        currentLevels.recompute(expired, on);
        List<UUID> newlyInForce = em.createNativeQuery("""
                        select distinct position_id from position_standard
                        where tenant_id = :tenant and effective_from = :on""", UUID.class)
                .setParameter("tenant", TenantContext.current()).setParameter("on", on).getResultList();
        Set<UUID> concerned = new LinkedHashSet<>(expired);
        List<GapSubject> targets = new ArrayList<>();
        if (!concerned.isEmpty()) {
            targets.addAll(employees.gapSubjects(concerned));
        }
        for (UUID position : newlyInForce) {
            gaps.holders(position).stream().filter(e -> !concerned.contains(e.employeeId())).forEach(targets::add);
        }
        gaps.refresh(targets, on);
    }
}
