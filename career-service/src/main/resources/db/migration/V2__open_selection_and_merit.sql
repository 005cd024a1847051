-- Open selection (seleksi terbuka, docs/domain.md §5.4, §5.7) and the merit figures (docs/domain.md §4.6.1).

-- An open position: competency-service's position (whose standard job fit is measured against) and the
-- requirements that filter candidates before ranking.
create table open_selection (
    id                 uuid primary key,
    tenant_id          varchar(64)  not null,
    position_id        varchar(64)  not null,
    title              varchar(300) not null,
    position_class     varchar(40)  not null,
    unit_id            varchar(64),
    min_education      varchar(30)  not null,
    max_age            integer,
    opens_on           date         not null,
    closes_on          date         not null,
    status             varchar(20)  not null,
    criteria           text,
    published_at       timestamptz,
    published_by       varchar(200),
    created_at         timestamptz  not null,
    created_by         varchar(200) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(200) not null,
    version            bigint       not null,
    check (closes_on >= opens_on)
);
create index open_selection_position on open_selection (tenant_id, position_id);

-- An internal candidate, who applied (APPLIED) or was nominated by hr-admin (NOMINATED); once per selection.
create table selection_candidate (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    selection_id uuid         not null references open_selection (id),
    nip          varchar(18)  not null,
    origin       varchar(20)  not null,
    note         varchar(1000),
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    version      bigint       not null,
    unique (selection_id, nip)
);
create index selection_candidate_nip on selection_candidate (tenant_id, nip);

-- The ranking as published to the candidates: frozen, so a candidate reads what was announced.
create table selection_ranking (
    tenant_id    varchar(64)  not null,
    selection_id uuid         not null references open_selection (id),
    position     integer      not null,
    nip          varchar(18)  not null,
    name         varchar(200),
    eligible     boolean      not null,
    job_fit      numeric(7, 2),
    predikat     varchar(30),
    box          smallint,
    reason       text         not null,
    primary key (selection_id, nip)
);

-- Assessments from asn.competency.assessed.v1: the validity of each, for "ASN with a current assessment".
create table competency_assessment (
    tenant_id     varchar(64) not null,
    assessment_id varchar(64) not null,
    nip           varchar(18) not null,
    assessed_on   date        not null,
    valid_until   date,
    supersedes    varchar(64),
    primary key (tenant_id, assessment_id)
);
create index competency_assessment_nip on competency_assessment (tenant_id, nip);

-- Positions competency-service has measured someone against (a gap-changed event named them): they have a standard.
create table position_standard_seen (
    tenant_id   varchar(64) not null,
    position_id varchar(64) not null,
    primary key (tenant_id, position_id)
);
create index employee_projection_position on employee_projection (tenant_id, position_id) where active;

-- The pre-aggregate of the merit figures. Each subject (an employee, or a position as 'position:<id>') counts
-- once in each (figure, period) it contributes to; merit_tally holds the sum per agency, kept up in the
-- transaction of the event that changed a subject, so the national figures read a few rows per agency.
create table merit_contribution (
    tenant_id varchar(64) not null,
    subject   varchar(80) not null,
    figure    varchar(40) not null,
    period    varchar(10) not null,
    primary key (tenant_id, subject, figure, period)
);
create table merit_tally (
    tenant_id varchar(64) not null,
    figure    varchar(40) not null,
    period    varchar(10) not null,
    count     bigint      not null,
    primary key (tenant_id, figure, period)
);
