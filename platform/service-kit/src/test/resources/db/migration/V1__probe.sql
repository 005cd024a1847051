create table probe (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    name       varchar(100) not null,
    nip        varchar(18)  not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    version    bigint       not null
);
create table probe_effect (
    tenant_id varchar(64) not null,
    nip       varchar(18) not null,
    applied   integer     not null,
    primary key (tenant_id, nip)
);
