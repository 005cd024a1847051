-- Row-level security on every table with a tenant_id column (docs/adr/0025-row-level-security.md): a statement
-- sees and writes only the rows of the agency the kit set on its connection (asn.tenant, TenantSession), or every
-- row in the system scope (asn.scope = 'system': the outbox relay, housekeeping, ...). Without either it sees
-- nothing. FORCE because the services connect as the tables' owner, which RLS otherwise exempts.
--
-- The settings are read through sub-selects so that PostgreSQL evaluates them once per statement (an InitPlan)
-- instead of once per row.
create or replace function asn_isolate_tenant_tables() returns integer
    language plpgsql as $$
declare
    t record;
    n integer := 0;
begin
    for t in
        select c.oid::regclass as name
        from pg_class c
        join pg_namespace s on s.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where c.relkind in ('r', 'p') and s.nspname = current_schema()
          and not exists (select 1 from pg_policy p where p.polrelid = c.oid and p.polname = 'tenant_isolation')
    loop
        execute format('alter table %s enable row level security', t.name);
        execute format('alter table %s force row level security', t.name);
        execute format($p$create policy tenant_isolation on %s
            using ((select current_setting('asn.scope', true)) = 'system'
                   or tenant_id = (select current_setting('asn.tenant', true)))
            with check ((select current_setting('asn.scope', true)) = 'system'
                   or tenant_id = (select current_setting('asn.tenant', true)))$p$, t.name);
        n := n + 1;
    end loop;
    return n;
end
$$;

-- the kit's own tables: outbox_event, inbox_event, idempotency_key, employee_projection (and, in a database that
-- already has them, the service's tables; each service's migration calls it again for its own)
select asn_isolate_tenant_tables();
