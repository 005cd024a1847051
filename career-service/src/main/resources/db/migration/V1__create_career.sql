-- career-service schema. Every table of agency data carries tenant_id; rows users write carry the audit columns
-- of the kit's TenantOwned (id, tenant_id, created_at/by, updated_at/by, version).

-- Local projection of competency-service's employees, fed by asn.employee events (never edited here).
create table employee (
    tenant_id      varchar(64)  not null,
    nip            varchar(18)  not null,
    name           varchar(200) not null,
    employee_type  varchar(30)  not null,
    birth_date     date,
    unit_id        varchar(64),
    unit_name      varchar(300),
    position_id    varchar(64),
    position_title varchar(300),
    position_class varchar(40),
    supervisor_nip varchar(18),
    rank           varchar(10),
    education      varchar(40),
    tmt            date,
    active         boolean      not null,
    updated_at     timestamptz  not null,
    primary key (tenant_id, nip)
);
create index employee_supervisor on employee (tenant_id, supervisor_nip);

-- Career history (docs/domain.md §5.1): from employee events (source EVENT), hr-admin entries (HR) and decided
-- promotions (PROMOTION). The latest tmt is the current one.
create table rank_entry (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    nip           varchar(18)  not null,
    rank          varchar(10)  not null,
    tmt           date,
    decree_number varchar(100),
    source        varchar(20)  not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null
);
create index rank_entry_nip on rank_entry (tenant_id, nip, tmt);

create table position_entry (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    nip            varchar(18)  not null,
    position_id    varchar(64),
    position_title varchar(300) not null,
    position_class varchar(40)  not null,
    unit_id        varchar(64),
    tmt            date,
    decree_number  varchar(100),
    source         varchar(20)  not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null
);
create index position_entry_nip on position_entry (tenant_id, nip, tmt);

create table education_entry (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    nip         varchar(18)  not null,
    level       varchar(30)  not null,
    institution varchar(300),
    major       varchar(300),
    graduated_on date,
    source      varchar(20)  not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null,
    version     bigint       not null
);
create index education_entry_nip on education_entry (tenant_id, nip);

-- Disciplinary sentences (hukuman disiplin, PP 94/2021) with the period they run.
create table sanction (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    nip           varchar(18)  not null,
    level         varchar(20)  not null,
    description   varchar(500) not null,
    starts_on     date         not null,
    ends_on       date         not null,
    decree_number varchar(100),
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null,
    check (ends_on >= starts_on)
);
create index sanction_nip on sanction (tenant_id, nip);

-- Every change that affects a career (docs/domain.md §8.2 rule 4): what, about whom, by whom, when.
create table career_audit (
    id         bigint generated always as identity primary key,
    tenant_id  varchar(64)  not null,
    nip        varchar(18)  not null,
    subject    varchar(40)  not null,
    subject_id varchar(64),
    action     varchar(60)  not null,
    detail     jsonb        not null,
    actor      varchar(200) not null,
    at         timestamptz  not null
);
create index career_audit_nip on career_audit (tenant_id, nip, at);

-- Finalised appraisals from asn.appraisal: the highest revision of each appraisal id wins.
create table appraisal_result (
    tenant_id      varchar(64) not null,
    appraisal_id   varchar(64) not null,
    nip            varchar(18) not null,
    year           integer     not null,
    period_type    varchar(20) not null,
    hasil_kerja    varchar(30) not null,
    perilaku_kerja varchar(30) not null,
    predikat       varchar(30) not null,
    finalized_on   date        not null,
    revision       integer     not null,
    primary key (tenant_id, appraisal_id)
);
create index appraisal_result_nip on appraisal_result (tenant_id, nip, year);

-- Completed trainings from asn.training (track record, docs/domain.md §4.3).
create table training_record (
    tenant_id     varchar(64)   not null,
    enrollment_id varchar(64)   not null,
    nip           varchar(18)   not null,
    jp            numeric(8, 2) not null,
    completed_on  date          not null,
    primary key (tenant_id, enrollment_id)
);
create index training_record_nip on training_record (tenant_id, nip, completed_on);

-- The latest job-person match against the current position, from asn.competency gap-changed events.
create table competency_fit (
    tenant_id   varchar(64)  not null,
    nip         varchar(18)  not null,
    position_id varchar(64),
    jpm         numeric(7, 2),
    updated_at  timestamptz  not null,
    primary key (tenant_id, nip)
);

-- An agency's talent scheme for one year (docs/domain.md §4.3): weights of the potential axis and its cut-offs.
create table talent_scheme (
    id                  uuid primary key,
    tenant_id           varchar(64)  not null,
    year                integer      not null,
    competency_weight   numeric(5, 4) not null,
    training_weight     numeric(5, 4) not null,
    award_weight        numeric(5, 4) not null,
    medium_from         numeric(6, 2) not null,
    high_from           numeric(6, 2) not null,
    created_at          timestamptz  not null,
    created_by          varchar(200) not null,
    updated_at          timestamptz  not null,
    updated_by          varchar(200) not null,
    version             bigint       not null,
    unique (tenant_id, year)
);

-- One employee's 9-box placement per year (docs/domain.md §4.4), with the reason.
create table talent_placement (
    tenant_id       varchar(64)   not null,
    nip             varchar(18)   not null,
    year            integer       not null,
    box             smallint      not null check (box between 1 and 9),
    kinerja         varchar(30)   not null,
    potensial       varchar(20)   not null,
    potential_score numeric(6, 2) not null,
    reason          text          not null,
    placed_at       timestamptz   not null,
    primary key (tenant_id, nip, year)
);
create index talent_placement_box on talent_placement (tenant_id, year, box);

create table promotion_proposal (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    nip            varchar(18)  not null,
    promotion_type varchar(30)  not null,
    from_rank      varchar(10)  not null,
    to_rank        varchar(10)  not null,
    effective_on   date         not null,
    status         varchar(20)  not null,
    reason         varchar(1000),
    verified_by    varchar(200),
    verification_note varchar(1000),
    decided_by     varchar(200),
    decision_note  varchar(1000),
    decree_number  varchar(100),
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null
);
create index promotion_proposal_nip on promotion_proposal (tenant_id, nip);

create table critical_position (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    position_id    varchar(64)  not null,
    title          varchar(300) not null,
    unit_id        varchar(64),
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null,
    unique (tenant_id, position_id)
);

create table award (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    nip           varchar(18)  not null,
    award_type    varchar(60)  not null,
    granted_on    date         not null,
    decree_number varchar(100),
    note          varchar(1000),
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null
);
create index award_nip on award (tenant_id, nip);
create unique index award_satyalancana_once on award (tenant_id, nip, award_type)
    where award_type like 'SATYALANCANA_KARYA_SATYA_%';
