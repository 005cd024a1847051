-- Runs once, on the first start of an empty volume (docker-entrypoint-initdb.d): one database per service,
-- the same four that ./asn creates. Each service's Flyway migrations create its tables.
CREATE DATABASE competency;
CREATE DATABASE training;
CREATE DATABASE appraisal;
CREATE DATABASE career;
