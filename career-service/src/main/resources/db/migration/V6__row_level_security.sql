-- Row-level security on every table of this service with a tenant_id column (docs/adr/0025-row-level-security.md;
-- the function is the kit's, platform migration V0_5). A table added later calls it again in its own migration.
select asn_isolate_tenant_tables();
