-- appraisal-service schema (docs/domain.md §3). Every table of agency data carries tenant_id and the audit columns
-- of the kit's TenantOwned (id, tenant_id, created_at/by, updated_at/by, version).

-- Local projection of competency-service's employees, fed by asn.employee events (never edited here): who is in
-- which unit and who supervises whom decide the pejabat penilai and the atasan pejabat penilai.
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

-- §3.3: the annual period of an agency, the periodic evaluations inside it and its deadlines.
create table appraisal_period (
    id                    uuid primary key,
    tenant_id             varchar(64) not null,
    year                  integer     not null,
    frequency             varchar(20) not null,
    starts_on             date        not null,
    ends_on               date        not null,
    plan_due_on           date        not null,
    evaluation_due_on     date        not null,
    objection_days        integer     not null,
    objection_day_kind    varchar(20) not null,
    individual_results_to_unit boolean not null,
    created_at            timestamptz  not null,
    created_by            varchar(200) not null,
    updated_at            timestamptz  not null,
    updated_by            varchar(200) not null,
    version               bigint       not null,
    unique (tenant_id, year)
);

-- §3.2: the SKP of one employee in one period. content is the plan as JSON (RHK with aspects, IKI and targets; the
-- seven BerAKHLAK expectations), edited as a whole while in draft.
create table performance_plan (
    id                uuid primary key,
    tenant_id         varchar(64)  not null,
    period_id         uuid         not null references appraisal_period (id),
    nip               varchar(18)  not null,
    unit_id           varchar(64),
    rater_nip         varchar(18)  not null,
    status            varchar(20)  not null,
    content           text         not null,
    employee_agreed_at timestamptz,
    rater_agreed_at   timestamptz,
    locked_at         timestamptz,
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null,
    version           bigint       not null,
    unique (tenant_id, period_id, nip)
);
create index performance_plan_rater on performance_plan (tenant_id, rater_nip);

-- Every change of a plan before it was locked: who (created_by), when (created_at), what (action, content after).
create table plan_change (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    plan_id     uuid         not null references performance_plan (id),
    action      varchar(20)  not null,
    content     text         not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null,
    version     bigint       not null
);
create index plan_change_plan on plan_change (tenant_id, plan_id, created_at);

-- §3.4: one evaluation (annual or periodic) of a locked plan, its two ratings with justification and evidence,
-- the predikat and, once finalized, the revision published (an objection that changed it adds one).
create table appraisal (
    id                     uuid primary key,
    tenant_id              varchar(64)  not null,
    plan_id                uuid         not null references performance_plan (id),
    period_id              uuid         not null references appraisal_period (id),
    nip                    varchar(18)  not null,
    unit_id                varchar(64),
    rater_nip              varchar(18)  not null,
    period_type            varchar(20)  not null,
    period_number          integer      not null,
    period_start           date         not null,
    period_end             date         not null,
    year                   integer      not null,
    status                 varchar(20)  not null,
    hasil_kerja            varchar(30),
    hasil_justification    text,
    hasil_evidence         text,
    perilaku_kerja         varchar(30),
    perilaku_justification text,
    perilaku_evidence      text,
    predikat               varchar(30),
    finalized_on           date,
    revision               integer      not null,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(200) not null,
    version                bigint       not null,
    unique (tenant_id, plan_id, period_type, period_number)
);
create index appraisal_rater on appraisal (tenant_id, rater_nip);
create index appraisal_nip on appraisal (tenant_id, nip);

-- §3.9: an objection (keberatan) to a finalized appraisal, addressed to the atasan pejabat penilai; one per
-- appraisal, because the decision is final.
create table objection (
    id                       uuid primary key,
    tenant_id                varchar(64)  not null,
    appraisal_id             uuid         not null references appraisal (id),
    nip                      varchar(18)  not null,
    rater_nip                varchar(18)  not null,
    addressed_to             varchar(18)  not null,
    status                   varchar(30)  not null,
    reasons                  text         not null,
    filed_on                 date         not null,
    deadline                 date         not null,
    employee_explanation     text,
    rater_explanation        text,
    decision                 varchar(30),
    decision_reason          text,
    hasil_before             varchar(30)  not null,
    perilaku_before          varchar(30)  not null,
    predikat_before          varchar(30)  not null,
    hasil_after              varchar(30),
    perilaku_after           varchar(30),
    predikat_after           varchar(30),
    decided_on               date,
    created_at               timestamptz  not null,
    created_by               varchar(200) not null,
    updated_at               timestamptz  not null,
    updated_by               varchar(200) not null,
    version                  bigint       not null,
    unique (tenant_id, appraisal_id)
);
create index objection_addressed on objection (tenant_id, addressed_to);

-- §3.8: continuous feedback, dated entries per RHK (or one of its indicators) or per BerAKHLAK value, from the
-- employee (evidence, realisation) or the pejabat penilai (feedback); never edited, so the record of the year stays.
create table feedback_entry (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    plan_id         uuid         not null references performance_plan (id),
    author_nip      varchar(18)  not null,
    author_side     varchar(20)  not null,
    work_result_id  varchar(40),
    indicator_id    varchar(40),
    behaviour_value varchar(30),
    text            text         not null,
    realisation     varchar(300),
    evidence        varchar(1000),
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    version         bigint       not null
);
create index feedback_entry_plan on feedback_entry (tenant_id, plan_id, created_at);

-- §3.4.1: behaviour input of peers and subordinates on an appraisal, one per person. rater_nip is kept to allow one
-- input per person and to show a rater their own; no answer to the appraisee ever carries it.
create table behaviour_input (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    appraisal_id uuid         not null references appraisal (id),
    rater_nip    varchar(18)  not null,
    rater_group  varchar(20)  not null,
    rating       varchar(30)  not null,
    comment      text,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null,
    version      bigint       not null,
    unique (tenant_id, appraisal_id, rater_nip)
);

-- Criteria co-created before the period (issue 10 item 3; docs/domain.md §3.2.1): indicators the employees of a
-- unit propose and comment on, the unit's pejabat penilai accepts (possibly edited) or declines with a reason,
-- and publishes before the period starts. A plan's indicator that cites a criterion is rated only once it is
-- published.
create table criterion (
    id            uuid primary key,
    tenant_id     varchar(64)   not null,
    period_id     uuid          not null references appraisal_period (id),
    unit_id       varchar(64)   not null,
    aspect        varchar(20)   not null,
    indicator     varchar(1000) not null,
    target        varchar(300),
    proposed_by   varchar(18)   not null,
    status        varchar(20)   not null,
    edited        boolean       not null,
    reason        text,
    decided_by    varchar(18),
    published_at  timestamptz,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null
);
create index criterion_unit on criterion (tenant_id, period_id, unit_id);

create table criterion_comment (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    criterion_id  uuid         not null references criterion (id),
    author_nip    varchar(18)  not null,
    text          text         not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null
);
create index criterion_comment_criterion on criterion_comment (tenant_id, criterion_id, created_at);
