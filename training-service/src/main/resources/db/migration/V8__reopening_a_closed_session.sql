-- docs/domain.md §2.6.4 (bulk nomination needs no table) and §2.6.5: a closed session reopened by hr-admin with a
-- reason, and completion decided again, correcting certificates, the JP ledger and what consumers were told.

-- the latest reopening, shown on the session; every reopening is kept in session_reopening
alter table training_session add column reopened_at timestamptz;
alter table training_session add column reopened_by varchar(200);
alter table training_session add column reopen_reason varchar(500);

create table session_reopening (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    session_id  uuid         not null references training_session (id),
    reason      varchar(500) not null,
    reopened_by varchar(200) not null,
    reopened_at timestamptz  not null
);
create index session_reopening_session on session_reopening (tenant_id, session_id, reopened_at);

-- how many completion events (completed, then completion-corrected) were published for the enrolment: the next
-- correction carries this plus one, so that a consumer keeps the highest revision it has seen
alter table enrollment add column completion_revision integer not null default 0;

-- a revoked certificate stays verifiable as revoked; the enrolment may later hold a reissued one
alter table certificate add column revoked_at timestamptz;
alter table certificate add column revoked_reason varchar(500);
alter table certificate drop constraint certificate_enrollment_id_key;
create unique index certificate_current on certificate (enrollment_id) where revoked_at is null;
