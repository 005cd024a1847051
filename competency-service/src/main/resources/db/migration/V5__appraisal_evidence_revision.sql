-- asn.appraisal.finalized.v1 carries a revision: an objection that changed the result publishes the same
-- appraisal again with the next one. The stored row is the highest revision seen (docs/events.md note).
alter table appraisal_evidence add column revision integer not null default 1;
