-- A search of several words ("dewi lubis") read every name with the first word to count its matches
-- (25,000 "dewi..." among a million staff). PostgreSQL's pg_trgm indexes the lower-case name by its
-- trigrams, so that the words are intersected in the index and only names holding all of them are
-- read. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension (13+): a database's owner
-- may create it. Where it cannot be created (an older server, a user without the right), the
-- migration goes on without it and the registry searches as on Derby; a DBA may create both later
-- (CREATE EXTENSION pg_trgm; then the index below) and restart the registry: it looks for the index
-- when it starts.
DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN RAISE WARNING 'pg_trgm not created (%): names searched without trigrams', SQLERRM; END $$;
DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN CREATE INDEX IF NOT EXISTS IX_STAFF_NAME_TRGM ON STAFF USING gin (LOWER(FULL_NAME) gin_trgm_ops); END IF; END $$;
