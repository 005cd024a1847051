-- Tables of the platform kit, identical in every service's database.
-- Platform migrations are V0_x so that they run before a service's own (V1 onwards).

-- Transactional outbox. Column names follow Debezium's outbox event router (id, aggregatetype, aggregateid,
-- type, payload) so that CDC can replace the relay without code changes.
create table outbox_event (
    id            uuid primary key,
    seq           bigint generated always as identity,
    aggregatetype varchar(100) not null,   -- the topic
    aggregateid   varchar(100) not null,   -- the record key: the employee's NIP
    type          varchar(150) not null,   -- CloudEvents type
    payload       jsonb        not null,   -- the whole CloudEvents envelope
    tenant_id     varchar(64),
    created_at    timestamptz  not null default now(),
    sent_at       timestamptz,
    attempts      integer      not null default 0,
    last_error    text
);
create unique index outbox_event_seq on outbox_event (seq);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;

-- Idempotent consumer: one row per applied event, written in the same transaction as its effect.
create table inbox_event (
    event_id     varchar(100) not null,
    consumer     varchar(100) not null,
    event_type   varchar(150) not null,
    tenant_id    varchar(64),
    processed_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);

-- Idempotency-Key of bulk writes: the first answer is kept and replayed.
create table idempotency_key (
    tenant_id       varchar(64)  not null,
    scope           varchar(200) not null,
    idem_key        varchar(200) not null,
    request_hash    varchar(64)  not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz  not null default now(),
    primary key (tenant_id, scope, idem_key)
);
