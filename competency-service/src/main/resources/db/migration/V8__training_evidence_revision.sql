-- asn.training.completion-corrected.v1 (docs/events.md): the highest revision of each enrolment's completion is
-- kept; asn.training.completed.v1 is revision 1. A withdrawn completion stays as a row that is no evidence, so that
-- the original event arriving again, or late, cannot bring it back.
alter table training_evidence add column revision integer not null default 1;
alter table training_evidence add column withdrawn boolean not null default false;
alter table training_evidence alter column completed_on drop not null;
