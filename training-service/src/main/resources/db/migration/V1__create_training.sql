-- training-service schema. Every table of agency data carries tenant_id and the audit columns of the kit's
-- TenantOwned (id, tenant_id, created_at/by, updated_at/by, version).

-- Local projection of competency-service's employees, fed by asn.employee events (never edited here).
create table employee (
    tenant_id      varchar(64)  not null,
    nip            varchar(18)  not null,
    name           varchar(200) not null,
    unit_id        varchar(64),
    unit_name      varchar(300),
    supervisor_nip varchar(18),
    active         boolean      not null,
    updated_at     timestamptz  not null,
    primary key (tenant_id, nip)
);
create index employee_supervisor on employee (tenant_id, supervisor_nip);
create index employee_unit on employee (tenant_id, unit_id);

create table institution (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    name          varchar(300) not null,
    kind          varchar(40)  not null,
    contact_email varchar(200),
    active        boolean      not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null,
    unique (tenant_id, name)
);

create table program (
    id                     uuid primary key,
    tenant_id              varchar(64)   not null,
    institution_id         uuid          not null references institution (id),
    title                  varchar(300)  not null,
    description            text,
    development_path       varchar(30)   not null,
    form                   varchar(60)   not null,
    siasn_type_code        integer,
    jp                     numeric(6, 2),
    cost_per_participant   numeric(14, 2) not null,
    post_test_required     boolean       not null,
    pass_mark              numeric(5, 2),
    attendance_share       numeric(4, 3) not null,
    created_at             timestamptz   not null,
    created_by             varchar(200)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(200)  not null,
    version                bigint        not null
);
create index program_tenant on program (tenant_id, institution_id);

create table program_competency (
    program_id      uuid        not null references program (id) on delete cascade,
    competency_code varchar(60) not null,
    target_level    smallint    not null check (target_level between 1 and 5),
    primary key (program_id, competency_code)
);

create table training_session (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    program_id      uuid         not null references program (id),
    institution_id  uuid         not null references institution (id),
    name            varchar(300) not null,
    capacity        integer      not null check (capacity > 0),
    enrollment_mode varchar(20)  not null,
    mandatory       boolean      not null,
    status          varchar(20)  not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    version         bigint       not null
);
create index session_program on training_session (tenant_id, program_id);
create index session_institution on training_session (tenant_id, institution_id);

create table meeting (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    session_id   uuid         not null references training_session (id),
    meeting_date date         not null,
    start_time   time         not null,
    end_time     time         not null check (end_time > start_time),
    mode         varchar(20)  not null,
    location     varchar(300),
    link         varchar(500),
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    version      bigint       not null
);
create index meeting_session on meeting (session_id, meeting_date);

create table enrollment (
    id                uuid primary key,
    tenant_id         varchar(64)  not null,
    session_id        uuid         not null references training_session (id),
    nip               varchar(18)  not null,
    status            varchar(20)  not null,
    origin            varchar(20)  not null,
    requested_by      varchar(200) not null,
    decided_by        varchar(200),
    pre_test          numeric(5, 2),
    post_test         numeric(5, 2),
    attendance_share  numeric(5, 4),
    outcome_reasons   varchar(200),
    completed_on      date,
    certificate_number varchar(40) unique,
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null,
    version           bigint       not null,
    unique (session_id, nip)
);
create index enrollment_nip on enrollment (tenant_id, nip);

-- One row per participant and meeting; the partner's externalId makes a resent row a no-op.
create table attendance (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    meeting_id     uuid         not null references meeting (id),
    enrollment_id  uuid         not null references enrollment (id),
    nip            varchar(18)  not null,
    status         varchar(10)  not null,
    check_in_at    timestamptz,
    external_id    varchar(100) not null,
    reason         varchar(500),
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null,
    unique (meeting_id, enrollment_id),
    unique (meeting_id, external_id)
);
create index attendance_enrollment on attendance (enrollment_id);

create table attendance_audit (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    attendance_id uuid         not null references attendance (id),
    action        varchar(10)  not null,
    old_status    varchar(10),
    new_status    varchar(10)  not null,
    old_check_in  timestamptz,
    new_check_in  timestamptz,
    reason        varchar(500) not null,
    changed_by    varchar(200) not null,
    changed_at    timestamptz  not null
);
create index attendance_audit_row on attendance_audit (attendance_id, changed_at);

-- What the public verification endpoint may reveal, and nothing more.
create table certificate (
    number        varchar(40) primary key,
    tenant_id     varchar(64)  not null,
    enrollment_id uuid         not null unique references enrollment (id),
    holder_name   varchar(200) not null,
    program_title varchar(300) not null,
    completed_on  date         not null
);

create table jp_ledger_entry (
    id            uuid primary key,
    tenant_id     varchar(64)   not null,
    nip           varchar(18)   not null,
    year          integer       not null,
    jp            numeric(6, 2) not null check (jp >= 0),
    minutes       integer,
    source        varchar(20)   not null,
    description   varchar(300)  not null,
    enrollment_id uuid unique references enrollment (id),
    earned_on     date          not null,
    certificate_number varchar(40),
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(200)  not null,
    version       bigint        not null
);
create index jp_ledger_nip_year on jp_ledger_entry (tenant_id, nip, year);
create index jp_ledger_year on jp_ledger_entry (tenant_id, year, nip);

create table needs_survey (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    title      varchar(300) not null,
    year       integer      not null,
    status     varchar(10)  not null,
    closed_at  timestamptz,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    version    bigint       not null
);

-- source_ref makes each source's contribution idempotent: the gap event's competency, the appraisal id, the
-- survey response.
create table training_need (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    nip             varchar(18)  not null,
    unit_id         varchar(64),
    competency_code varchar(60),
    competency_name varchar(300),
    source          varchar(20)  not null,
    source_ref      varchar(100) not null,
    gap             numeric(4, 2),
    priority        smallint,
    note            varchar(1000),
    status          varchar(10)  not null,
    year            integer      not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    version         bigint       not null,
    unique (tenant_id, nip, source, source_ref)
);
create index training_need_aggregate on training_need (tenant_id, status, competency_code, unit_id);

create table training_plan (
    id          uuid primary key,
    tenant_id   varchar(64)    not null,
    year        integer        not null,
    title       varchar(300)   not null,
    budget      numeric(16, 2) not null check (budget >= 0),
    status      varchar(10)    not null,
    approved_at timestamptz,
    approved_by varchar(200),
    created_at  timestamptz    not null,
    created_by  varchar(200)   not null,
    updated_at  timestamptz    not null,
    updated_by  varchar(200)   not null,
    version     bigint         not null
);
-- one approved plan per agency and year: realised cost is charged against it
create unique index training_plan_approved on training_plan (tenant_id, year) where status = 'APPROVED';

create table training_plan_item (
    id                    uuid primary key,
    tenant_id             varchar(64)    not null,
    plan_id               uuid           not null references training_plan (id),
    program_id            uuid           not null references program (id),
    competency_code       varchar(60),
    planned_participants  integer        not null check (planned_participants > 0),
    planned_cost          numeric(16, 2) not null,
    created_at            timestamptz    not null,
    created_by            varchar(200)   not null,
    updated_at            timestamptz    not null,
    updated_by            varchar(200)   not null,
    version               bigint         not null,
    unique (plan_id, program_id)
);

-- Every time a change went beyond the budget on purpose: who, why, by how much.
create table budget_override (
    id          uuid primary key,
    tenant_id   varchar(64)    not null,
    plan_id     uuid           not null references training_plan (id),
    action      varchar(20)    not null,
    subject_id  uuid           not null,
    excess      numeric(16, 2) not null,
    reason      varchar(500)   not null,
    created_at  timestamptz    not null,
    created_by  varchar(200)   not null,
    updated_at  timestamptz    not null,
    updated_by  varchar(200)   not null,
    version     bigint         not null
);

create table feedback (
    id                uuid primary key,
    tenant_id         varchar(64)  not null,
    enrollment_id     uuid         not null unique references enrollment (id),
    program_id        uuid         not null references program (id),
    nip               varchar(18)  not null,
    relevance         smallint     not null check (relevance between 1 and 5),
    content           smallint     not null check (content between 1 and 5),
    facilitator       smallint     not null check (facilitator between 1 and 5),
    organisation      smallint     not null check (organisation between 1 and 5),
    usefulness        smallint     not null check (usefulness between 1 and 5),
    comment           varchar(2000),
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null,
    version           bigint       not null
);
create index feedback_program on feedback (tenant_id, program_id);
