-- Follow-up evaluation at work (docs/domain.md §2.7): written with the completion, due some months after it,
-- answered once by the employee's supervisor. The supervisor is not stored: whoever supervises the employee in
-- the kit's employee projection when the form is answered is the one who may answer it.
create table follow_up (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    enrollment_id uuid         not null references enrollment (id),
    nip           varchar(18)  not null,
    program_id    uuid         not null references program (id),
    program_title varchar(300) not null,
    completed_on  date         not null,
    due_on        date         not null check (due_on >= completed_on),
    answered_on   date,
    answered_by   varchar(18),
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    version       bigint       not null,
    unique (tenant_id, enrollment_id),
    check ((answered_on is null) = (answered_by is null))
);
create index follow_up_nip_idx on follow_up (tenant_id, nip);
create index follow_up_open_idx on follow_up (tenant_id, due_on) where answered_on is null;

-- One line of the form per competency the programme addressed; the observation is filled by the answer.
create table follow_up_item (
    follow_up_id    uuid          not null references follow_up (id),
    competency_code varchar(60)   not null,
    target_level    smallint      not null check (target_level between 1 and 5),
    observed_level  smallint      check (observed_level between 1 and 5),
    applied         varchar(20)   check (applied in ('NOT_APPLIED', 'PARTLY', 'APPLIED')),
    example         varchar(2000),
    primary key (follow_up_id, competency_code)
);
