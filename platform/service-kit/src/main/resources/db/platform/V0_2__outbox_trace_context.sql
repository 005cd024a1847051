-- The W3C trace context (https://www.w3.org/TR/trace-context/) of the request that recorded an event, so that
-- the relay publishes the Kafka record as part of that trace (docs/adr/0015-tracing.md). Null for events
-- recorded outside a trace. A version-00 traceparent is 55 characters; later versions may append fields.
-- A tracestate longer than 512 characters is not kept (the specification lets a hop drop it).
alter table outbox_event add column traceparent varchar(128);
alter table outbox_event add column tracestate varchar(512);
