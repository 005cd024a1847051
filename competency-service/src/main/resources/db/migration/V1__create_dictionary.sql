-- The competency dictionary: national items (owner_tenant null, read-only to agencies) and each agency's
-- technical items. A change is a new row with a later effective_from, so every version stays readable.
create table competency (
    id             uuid primary key,
    owner_tenant   varchar(64),
    code           varchar(32)  not null,
    kind           varchar(20)  not null check (kind in ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL')),
    name           varchar(200) not null,
    definition     text         not null,
    effective_from date         not null,
    created_at     timestamptz  not null default now(),
    created_by     varchar(100) not null default 'system'
);
create unique index competency_version_uq on competency (coalesce(owner_tenant, ''), code, effective_from);
create index competency_owner_code_idx on competency (owner_tenant, code, effective_from desc);

create table competency_level (
    competency_id uuid         not null references competency (id) on delete cascade,
    level         smallint     not null check (level between 1 and 5),
    description   text         not null,
    indicators    jsonb        not null check (jsonb_typeof(indicators) = 'array'),
    primary key (competency_id, level)
);
