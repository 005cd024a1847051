-- §3.4.2 trained raters: the rater trainings each employee completed, projected from asn.training.completed.v1 events
-- whose programme hr-admin marked as rater training (never edited here); one row per enrolment, so a replay under a
-- new event id adds nothing.
create table rater_training (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    nip            varchar(18)  not null,
    enrollment_id  varchar(100) not null,
    program_id     varchar(100) not null,
    program_title  varchar(300) not null,
    completed_on   date         not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(200) not null,
    version        bigint       not null,
    unique (tenant_id, enrollment_id)
);
create index rater_training_nip on rater_training (tenant_id, nip);

-- The agency's trained-rater rule for the period (OFF, WARN or REFUSE), copied from the configuration or the request
-- when the period is opened, like its deadlines (ADR 0016 decision 4).
alter table appraisal_period add column rater_training varchar(10) not null default 'OFF';
