package id.asn.platform.kit.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.platform.events.CloudEvent;
import id.asn.platform.kit.config.KitConfig;
import id.asn.platform.kit.json.StrictJson;
import id.asn.platform.kit.tenant.TenantContext;
import id.asn.platform.kit.tracing.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The one consumer of a service: reads the CloudEvents envelope, skips types nobody here handles, and applies
 * the rest exactly once (inbox row and effect in one transaction). A record that cannot be read is nacked at
 * once, and an effect that keeps failing after its retries is nacked too, so the channel's dead-letter strategy
 * moves either to the service's dead-letter topic.
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final ObjectMapper json;
    private final EntityManager em;
    private final String consumer;
    private final Map<String, EventHandler<?>> handlers = new HashMap<>();
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Tracer tracer;

    @Inject
    InboundEvents(ObjectMapper json, EntityManager em, @Any Instance<EventHandler<?>> handlers,
                  @ConfigProperty(name = "quarkus.application.name") String consumer, KitConfig config,
                  Tracer tracer) {
        this.json = json;
        this.tracer = tracer;
        this.em = em;
        this.consumer = consumer;
        this.maxAttempts = config.inbox().maxAttempts();
        this.firstBackoff = config.inbox().firstBackoff();
        for (EventHandler<?> handler : handlers) {
            EventHandler<?> previous = this.handlers.put(handler.type().name(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + handler.type().name());
            }
        }
    }

    @Incoming("asn-inbound")
    @Blocking(ordered = true)
    @ActivateRequestContext
    public void receive(ConsumerRecord<String, String> record) {
        // a child of the record's traceparent (the publishing request's trace), so that the effect's log lines
        // and spans carry the trace id of the request that caused it
        Span span = tracer.spanBuilder("process " + record.topic())
                .setParent(TraceContext.parent(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", Integer.toString(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.consumer.group.name", consumer)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            receive(record, span);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private void receive(ConsumerRecord<String, String> record, Span span) {
        CloudEvent event = parse(record);
        span.setAttribute("cloudevents.event_id", event.id());
        span.setAttribute("cloudevents.event_type", event.type());
        EventHandler<?> handler = handlers.get(event.type());
        if (handler == null) {
            LOG.debugf("skipping %s %s: no handler here", event.type(), event.id());
            return;
        }
        apply(handler, event, record);
    }

    private <T> void apply(EventHandler<T> handler, CloudEvent event, ConsumerRecord<String, String> record) {
        T data;
        try {
            data = StrictJson.tolerant(json, handler.type().dataClass()).readValue(event.data());
        } catch (Exception e) {
            throw malformed(record, "data does not match " + event.type(), e);
        }
        EventMetadata metadata = new EventMetadata(event.id(), event.type(), event.source(), event.subject(),
                event.tenant(), event.time(), event.correlationid());
        boolean applied = withRetries(event, () -> TenantContext.runAs(event.tenant(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!firstDelivery(event)) {
                        return false;
                    }
                    handler.handle(data, metadata);
                    return true;
                })));
        if (applied) {
            LOG.debugf("applied %s %s for %s", event.type(), event.id(), event.subject());
        } else {
            LOG.infof("ignored redelivered event %s (%s)", event.id(), event.type());
        }
    }

    /**
     * Retries a failing effect in place with doubling pauses (a database restart, a lock conflict) before the
     * record is dead-lettered, so that a short outage does not divert healthy events. The partition waits
     * meanwhile, which keeps one employee's events in order.
     */
    private boolean withRetries(CloudEvent event, Supplier<Boolean> effect) {
        Duration pause = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return effect.get();
            } catch (RuntimeException e) {
                if (attempt >= maxAttempts) {
                    LOG.errorf(e, "giving up on %s (%s) after %d attempts: dead-lettering it", event.id(),
                            event.type(), attempt);
                    throw e;
                }
                LOG.warnf("applying %s (%s) failed (attempt %d of %d), retrying in %s: %s", event.id(),
                        event.type(), attempt, maxAttempts, pause, e.getMessage());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    private boolean firstDelivery(CloudEvent event) {
        return em.createNativeQuery("""
                        insert into inbox_event (event_id, consumer, event_type, tenant_id)
                        values (:id, :consumer, :type, :tenant) on conflict do nothing""")
                .setParameter("id", event.id())
                .setParameter("consumer", consumer)
                .setParameter("type", event.type())
                .setParameter("tenant", event.tenant())
                .executeUpdate() == 1;
    }

    private CloudEvent parse(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = StrictJson.tolerant(json, CloudEvent.class).readValue(record.value());
        } catch (Exception e) {
            throw malformed(record, "not a CloudEvents JSON envelope", e);
        }
        if (event == null || blank(event.id()) || blank(event.type()) || blank(event.tenant())
                || event.data() == null || !CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw malformed(record, "envelope lacks specversion 1.0, id, type, tenant or data", null);
        }
        return event;
    }

    private static MalformedEventException malformed(ConsumerRecord<String, String> record, String reason,
                                                     Throwable cause) {
        LOG.warnf("dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                reason);
        return new MalformedEventException(reason, cause);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
