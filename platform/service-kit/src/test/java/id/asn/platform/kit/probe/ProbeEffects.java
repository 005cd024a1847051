package id.asn.platform.kit.probe;

import id.asn.platform.events.EventType;
import id.asn.platform.events.EventTypes;
import id.asn.platform.events.employee.EmployeeRegisteredV1;
import id.asn.platform.events.training.TrainingCompletedV1;
import id.asn.platform.kit.inbox.EventHandler;
import id.asn.platform.kit.inbox.EventMetadata;
import id.asn.platform.kit.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.MDC;

/** Counts how often an event was applied per employee: the effect the inbox must keep at one. */
@ApplicationScoped
public class ProbeEffects {

    /** The trace id in the log context while an employee's event was applied: what its log lines carried. */
    public static final Map<String, String> LOGGED_TRACE_IDS = new ConcurrentHashMap<>();

    @Inject
    EntityManager em;

    void count(String nip) {
        em.createNativeQuery("""
                        insert into probe_effect (tenant_id, nip, applied) values (:tenant, :nip, 1)
                        on conflict (tenant_id, nip) do update set applied = probe_effect.applied + 1""")
                .setParameter("tenant", TenantContext.current()).setParameter("nip", nip).executeUpdate();
    }

    @ApplicationScoped
    public static class OnRegistered implements EventHandler<EmployeeRegisteredV1> {
        @Inject
        ProbeEffects effects;

        @Override
        public EventType<EmployeeRegisteredV1> type() {
            return EventTypes.EMPLOYEE_REGISTERED;
        }

        @Override
        public void handle(EmployeeRegisteredV1 data, EventMetadata event) {
            Object traceId = MDC.get("traceId");
            if (traceId != null) {
                LOGGED_TRACE_IDS.put(data.employee().nip(), traceId.toString());
            }
            effects.count(data.employee().nip());
        }
    }

    @ApplicationScoped
    public static class OnCompleted implements EventHandler<TrainingCompletedV1> {
        /** A programme titled so fails twice (like a database restart) before it works. */
        public static final String FLAKY = "flaky";
        public static final java.util.concurrent.atomic.AtomicInteger FLAKY_FAILURES =
                new java.util.concurrent.atomic.AtomicInteger();

        @Inject
        ProbeEffects effects;

        @Override
        public EventType<TrainingCompletedV1> type() {
            return EventTypes.TRAINING_COMPLETED;
        }

        @Override
        public void handle(TrainingCompletedV1 data, EventMetadata event) {
            effects.count(data.nip());
            if (FLAKY.equals(data.programTitle()) && FLAKY_FAILURES.incrementAndGet() <= 2) {
                throw new IllegalStateException("transient failure " + FLAKY_FAILURES.get());
            }
        }
    }
}
