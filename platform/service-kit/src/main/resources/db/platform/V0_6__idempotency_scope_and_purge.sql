-- The key's scope is now the operation (method, path template, path parameters, ADR 0023): room for several
-- parameters. The purge deletes by age every hour: an index, so it does not read the whole table.
alter table idempotency_key alter column scope type varchar(1000);
create index idempotency_key_created on idempotency_key (created_at);
