-- Poison rows (docs/adr/0020-outbox-throughput-and-token-cache.md): an outbox row the broker refuses for good is
-- parked after asn.outbox.max-attempts instead of blocking the relay; only later rows of the same key wait for it.
-- An operator releases it (parked_at back to null, attempts to 0) or discards it (discarded_at: never published).
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column discarded_at timestamptz;
alter table outbox_event add column discarded_by varchar(200);
-- what the relay reads: neither sent nor discarded nor parked
drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (seq) where sent_at is null and discarded_at is null and parked_at is null;
-- the few parked rows, looked up by key for every pass while any exist
create index outbox_event_parked on outbox_event (aggregatetype, aggregateid, seq)
    where parked_at is not null and sent_at is null and discarded_at is null;
