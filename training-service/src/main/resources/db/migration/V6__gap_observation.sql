-- Every gap competency-service reported for an employee and competency, in the order it was observed: the
-- programme effectiveness report compares the gap before an enrolment with the latest one (docs/domain.md §2.8).
-- A competency dropped from the event's list (its gap closed) is recorded with gap 0.
create table gap_observation (
    id              bigserial primary key,
    tenant_id       varchar(64)   not null,
    nip             varchar(18)   not null,
    competency_code varchar(60)   not null,
    gap             numeric(4, 2) not null check (gap >= 0),
    observed_at     timestamptz   not null
);
create index gap_observation_latest on gap_observation (tenant_id, nip, competency_code, observed_at);
