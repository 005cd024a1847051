-- The employee projection is the kit's now (db/platform V0_3, table employee_projection,
-- docs/adr/0018-shared-employee-projection.md): the rows this service kept are moved there, so that nobody waits
-- for the next asn.employee event of an employee to see them again. V0_3 has run before this, out of order in a
-- database that was already past it.
insert into employee_projection (tenant_id, nip, name, unit_id, unit_name, supervisor_nip, active, updated_at)
select tenant_id, nip, name, unit_id, unit_name, supervisor_nip, active, updated_at
from employee
on conflict (tenant_id, nip) do nothing;
drop table employee;
