-- The kit's projection of competency-service's employees (asn.employee events), kept by the services that switch
-- it on (asn.employee-projection.enabled, docs/platform-kit.md); empty elsewhere, like idempotency_key in a service
-- without bulk writes. Not named "employee": that is competency-service's own master table.
-- A service that kept a projection table of its own before moves its rows here in a migration of its own
-- (docs/adr/0018-shared-employee-projection.md); this runs first, also out of order in an existing database.
create table employee_projection (
    tenant_id      varchar(64)  not null,
    nip            varchar(18)  not null,
    name           varchar(200) not null,
    employee_type  varchar(30),
    birth_date     date,
    unit_id        varchar(64),
    unit_name      varchar(300),
    position_id    varchar(64),
    position_title varchar(300),
    position_class varchar(40),
    supervisor_nip varchar(18),
    rank           varchar(10),
    education      varchar(40),
    tmt            date,
    active         boolean      not null,
    updated_at     timestamptz  not null,
    primary key (tenant_id, nip)
);
create index employee_projection_supervisor on employee_projection (tenant_id, supervisor_nip);
create index employee_projection_unit on employee_projection (tenant_id, unit_id);
