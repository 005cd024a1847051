-- Units (a tree per agency), positions with their class, versioned competency standards, and employees.
create table org_unit (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    code       varchar(50)  not null,
    name       varchar(200) not null,
    parent_id  uuid references org_unit (id),
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    version    bigint       not null,
    unique (tenant_id, code)
);
create index org_unit_parent_idx on org_unit (parent_id);

create table job_position (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    code           varchar(50)  not null,
    title          varchar(200) not null,
    position_class varchar(30)  not null,
    unit_id        uuid references org_unit (id),
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null,
    unique (tenant_id, code)
);

-- One row per version of a position's standard (SKJ); the version in force is the latest effective_from
-- not after the day asked about.
create table position_standard (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    position_id    uuid         not null references job_position (id),
    effective_from date         not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null,
    unique (position_id, effective_from)
);
create index position_standard_tenant_idx on position_standard (tenant_id, position_id, effective_from desc);

create table position_standard_item (
    standard_id     uuid        not null references position_standard (id) on delete cascade,
    competency_code varchar(32) not null,
    required_level  smallint    not null check (required_level between 1 and 5),
    primary key (standard_id, competency_code)
);

create table employee (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    nip            char(18)     not null,
    legacy_nip     varchar(9),
    name           varchar(200) not null,
    employee_type  varchar(20)  not null check (employee_type in ('PNS', 'CPNS', 'PPPK', 'PPPK_PARUH_WAKTU')),
    gender         varchar(6)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date     date         not null,
    tmt            date         not null,
    unit_id        uuid         not null references org_unit (id),
    position_id    uuid references job_position (id),
    supervisor_nip char(18),
    rank           varchar(10),
    education      varchar(100),
    active         boolean      not null default true,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null,
    unique (tenant_id, nip)
);
create index employee_supervisor_idx on employee (tenant_id, supervisor_nip);
create index employee_unit_idx on employee (tenant_id, unit_id);
create index employee_position_idx on employee (tenant_id, position_id);
