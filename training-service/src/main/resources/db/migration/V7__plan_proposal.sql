-- The budget-optimal plan proposal (docs/domain.md §2.9). A gap need keeps the level the position requires, so that a
-- programme closes it only up to the level it aims at; rows from before stay null and count as closed in full.
alter table training_need add column required_level smallint check (required_level between 1 and 5);

-- A proposal for a draft plan: what the solver chose beside the greedy baseline, and when hr-admin adopted it.
create table plan_proposal (
    id                     uuid primary key,
    tenant_id              varchar(64)    not null,
    plan_id                uuid           not null references training_plan (id),
    budget                 numeric(16, 2) not null,
    source                 varchar(10)    not null,
    solver_status          varchar(20)    not null,
    weighted_gap_closed    numeric(14, 3) not null,
    greedy_weighted_gap    numeric(14, 3) not null,
    planned_cost           numeric(16, 2) not null,
    adopted_at             timestamptz,
    adopted_by             varchar(200),
    created_at             timestamptz    not null,
    created_by             varchar(200)   not null,
    updated_at             timestamptz    not null,
    updated_by             varchar(200)   not null,
    version                bigint         not null
);
create index plan_proposal_plan on plan_proposal (tenant_id, plan_id);

-- Per programme: how many of the proposed participants, at what cost, for which competency mostly.
create table plan_proposal_item (
    proposal_id     uuid           not null references plan_proposal (id) on delete cascade,
    program_id      uuid           not null references program (id),
    competency_code varchar(60),
    participants    integer        not null check (participants > 0),
    planned_cost    numeric(16, 2) not null,
    primary key (proposal_id, program_id)
);
