-- Assessments are append-only evidence: a correction is a new row pointing at the one it supersedes.
create table assessment (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    employee_id   uuid         not null references employee (id),
    method        varchar(20)  not null
        check (method in ('ASSESSMENT_CENTRE', 'SIMPLIFIED', 'SJT', 'SUPERVISOR', 'SELF')),
    assessor      varchar(200) not null,
    assessed_on   date         not null,
    valid_until   date         not null check (valid_until >= assessed_on),
    supersedes_id uuid unique references assessment (id),
    note          varchar(2000),
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null
);
create index assessment_employee_idx on assessment (employee_id);

create table assessment_score (
    assessment_id   uuid         not null references assessment (id),
    competency_code varchar(32)  not null,
    score           numeric(3, 2) not null check (score between 1 and 5),
    primary key (assessment_id, competency_code)
);

-- Evidence is never overwritten, whatever the code path: the database refuses it too.
create function refuse_evidence_change() returns trigger language plpgsql as $$
begin
    raise exception 'assessments are append-only; record a superseding assessment instead';
end $$;
create trigger assessment_append_only before update or delete on assessment
    for each row execute function refuse_evidence_change();
create trigger assessment_score_append_only before update or delete on assessment_score
    for each row execute function refuse_evidence_change();

-- The evidence rule's result per employee and competency, kept current on every assessment and by the daily
-- expiry sweep, so that reports over a whole agency are one set-based query.
create table current_level (
    tenant_id       varchar(64)   not null,
    employee_id     uuid          not null references employee (id),
    competency_code varchar(32)   not null,
    level           numeric(3, 2) not null,
    assessment_id   uuid          not null references assessment (id),
    method          varchar(20)   not null,
    assessed_on     date          not null,
    valid_until     date          not null,
    primary key (employee_id, competency_code)
);
create index current_level_valid_until_idx on current_level (tenant_id, valid_until);

-- What competency.gap-changed last said about an employee, to publish only when the set of gaps changes.
create table gap_state (
    employee_id uuid        primary key references employee (id),
    tenant_id   varchar(64) not null,
    fingerprint varchar(64) not null,
    changed_at  timestamptz not null
);

-- Development evidence from training-service (asn.training.completed.v1), keyed by NIP: it may arrive before
-- the employee's master data does.
create table training_evidence (
    id                 uuid primary key,
    tenant_id          varchar(64)   not null,
    nip                char(18)      not null,
    enrollment_id      varchar(100)  not null,
    program_id         varchar(100),
    program_title      varchar(300)  not null,
    development_path   varchar(30),
    institution_name   varchar(300),
    jp                 numeric(6, 2),
    start_date         date,
    completed_on       date          not null,
    certificate_number varchar(100),
    competencies       jsonb         not null default '[]',
    received_at        timestamptz   not null default now(),
    unique (tenant_id, enrollment_id)
);
create index training_evidence_nip_idx on training_evidence (tenant_id, nip);

-- Performance evidence from appraisal-service (asn.appraisal.finalized.v1).
create table appraisal_evidence (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    nip            char(18)     not null,
    appraisal_id   varchar(100) not null,
    year           integer      not null,
    period_type    varchar(20)  not null,
    period_start   date,
    period_end     date,
    hasil_kerja    varchar(30),
    perilaku_kerja varchar(30),
    predikat       varchar(30)  not null,
    finalized_on   date,
    received_at    timestamptz  not null default now(),
    unique (tenant_id, appraisal_id)
);
create index appraisal_evidence_nip_idx on appraisal_evidence (tenant_id, nip);
