-- Organisation predikat and calibration (issue 10 items 5, 7, 8; docs/domain.md §3.4, §3.5).

-- §3.5: the unit's capaian kinerja organisasi in a period, recorded by hr-admin for the leader one level up.
create table organisation_result (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    period_id  uuid         not null references appraisal_period (id),
    unit_id    varchar(64)  not null,
    capaian    varchar(30)  not null,
    reason     text         not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    version    bigint       not null,
    unique (tenant_id, period_id, unit_id)
);

-- §3.5: the pejabat penilai's own ratings, kept when calibration changes them (null while it has not).
alter table appraisal
    add column original_hasil_kerja    varchar(30),
    add column original_perilaku_kerja varchar(30),
    add column original_predikat       varchar(30);

-- the bias report and calibration read a period of an agency at once (docs/domain.md §3.5)
create index appraisal_period_unit on appraisal (tenant_id, period_id, unit_id);

-- §3.5: every change calibration made to a rating, with the reason and its author (created_by); never updated.
create table calibration_change (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    appraisal_id    uuid         not null references appraisal (id),
    period_id       uuid         not null references appraisal_period (id),
    unit_id         varchar(64)  not null,
    hasil_before    varchar(30)  not null,
    perilaku_before varchar(30)  not null,
    predikat_before varchar(30)  not null,
    hasil_after     varchar(30)  not null,
    perilaku_after  varchar(30)  not null,
    predikat_after  varchar(30)  not null,
    reason          text         not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    version         bigint       not null
);
create index calibration_change_unit on calibration_change (tenant_id, period_id, unit_id, created_at);

-- §3.5: a unit's finalized calibration: the curve it was held against, the distribution and the justification
-- when it lies outside; one per unit and period.
create table unit_calibration (
    id                 uuid primary key,
    tenant_id          varchar(64)   not null,
    period_id          uuid          not null references appraisal_period (id),
    unit_id            varchar(64)   not null,
    capaian            varchar(30)   not null,
    comparison         text          not null,
    largest_difference numeric(5, 1) not null,
    outside_curve      boolean       not null,
    justification      text,
    finalized_count    integer       not null,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(200)  not null,
    version            bigint        not null,
    unique (tenant_id, period_id, unit_id)
);
