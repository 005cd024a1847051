-- A supervisor's observation at work, from the follow-up evaluation some months after a training
-- (asn.training.follow-up-answered.v1; docs/domain.md §1.8.1, §2.7): assessment evidence of its own method, kept
-- once per follow-up whatever the delivery, with the behaviour seen per competency.
alter table assessment alter column method type varchar(30);
alter table assessment drop constraint assessment_method_check;
alter table assessment add constraint assessment_method_check
    check (method in ('ASSESSMENT_CENTRE', 'SIMPLIFIED', 'SJT', 'SUPERVISOR', 'SUPERVISOR_OBSERVATION', 'SELF'));
alter table current_level alter column method type varchar(30);
alter table assessment add column follow_up_id varchar(100);
create unique index assessment_follow_up_idx on assessment (tenant_id, follow_up_id) where follow_up_id is not null;
alter table assessment_score add column example varchar(2000);
