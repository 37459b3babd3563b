-- Veritag schema, version 3: identity values handed out in bigger steps.
-- H2 writes an identity sequence's position to disk each time its cache runs out; with the default cache
-- of 32 a bulk import of 100,000 spans made some 3,000 extra disk commits. PostgreSQL accepts the same
-- statements (ALTER COLUMN ... SET CACHE). jOOQ's DDL parser does not know them and needs no part of them.
-- [jooq ignore start]
ALTER TABLE span ALTER COLUMN id SET CACHE 1000;
ALTER TABLE article ALTER COLUMN id SET CACHE 1000;
-- [jooq ignore stop]
