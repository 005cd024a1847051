package id.asn.platform.kit.inbox;

import id.asn.platform.events.EventType;

/**
 * Applies one type of event from another service. Implement it as an {@code @ApplicationScoped} bean; the kit
 * calls {@link #handle} at most once per event id, inside a transaction that also records the id, running as
 * the event's tenant.
 */
public interface EventHandler<T> {

    EventType<T> type();

    void handle(T data, EventMetadata event);
}
