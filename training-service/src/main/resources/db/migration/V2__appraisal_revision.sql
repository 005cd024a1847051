-- The highest revision of each appraisal applied (asn.appraisal.finalized.v1): an objection that changed the result
-- publishes the appraisal again with the next revision, which replaces the earlier one; a lower or equal one is
-- ignored (docs/events.md, the note on revisions). Kept apart from training_need because a good result makes no need.
create table appraisal_revision (
    tenant_id    varchar(64)  not null,
    appraisal_id varchar(100) not null,
    revision     integer      not null,
    primary key (tenant_id, appraisal_id)
);
