-- A programme hr-admin marks as rater training (fair rating, constructive feedback): its completions tell
-- appraisal-service that the pejabat penilai is trained (asn.training.completed.v1 raterTraining; docs/domain.md §3.4.2).
alter table program add column rater_training boolean not null default false;
