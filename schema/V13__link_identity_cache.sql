-- Veritag schema, version 13: link ids handed out in bigger steps, as span ids are (see V3): a bulk import
-- of links would otherwise write the identity sequence's position to disk every 32 rows. Safe to run again.
-- [jooq ignore start]
ALTER TABLE span_link ALTER COLUMN id SET CACHE 1000;
-- [jooq ignore stop]
