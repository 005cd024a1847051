package id.asn.platform.kit.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.events.CloudEvent;
import id.asn.platform.events.EventType;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.web.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records an event in the same transaction as the change that caused it; {@link OutboxRelay} publishes it
 * after commit. A write therefore never fails because Kafka is down, and a rolled-back change emits nothing.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final String source;

    @Inject
    Outbox(EntityManager em, ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.em = em;
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.source = "/" + applicationName;
    }

    /**
     * Records {@code data} as an event of {@code type} about the employee {@code nip} (the Kafka key, so one
     * person's events stay in order), owned by the current tenant.
     *
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventType<?> type, String nip, Object data) {
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type.name() + " carries " + type.dataClass().getSimpleName());
        }
        UUID id = UUID.randomUUID();
        String tenant = TenantContext.current();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), source, type.name(), nip,
                OffsetDateTime.now(ZoneOffset.UTC), CloudEvent.JSON, tenant, RequestId.current().orElse(null),
                json.valueToTree(data));
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + type.name(), e);
        }
        em.createNativeQuery("""
                        insert into outbox_event (id, aggregatetype, aggregateid, type, payload, tenant_id)
                        values (:id, :topic, :key, :type, cast(:payload as jsonb), :tenant)""")
                .setParameter("id", id)
                .setParameter("topic", type.topic())
                .setParameter("key", nip)
                .setParameter("type", type.name())
                .setParameter("payload", payload)
                .setParameter("tenant", tenant)
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return id;
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wakeUp();
            }
        }
    }
}
