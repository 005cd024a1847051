-- §3.4.2: a rater training withdrawn or given again after training-service reopened its session
-- (asn.training.completion-corrected.v1, docs/domain.md §2.6.5). The row keeps the enrolment's highest revision
-- (asn.training.completed.v1 is revision 1); a withdrawn one no longer makes its employee a trained rater but stays,
-- so that a late copy of an older revision changes nothing. A withdrawal may come without a completion day.
alter table rater_training add column revision integer not null default 1;
alter table rater_training add column withdrawn boolean not null default false;
alter table rater_training alter column completed_on drop not null;
