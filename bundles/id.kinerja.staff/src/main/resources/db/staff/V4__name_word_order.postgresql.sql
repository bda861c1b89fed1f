-- A search by name reads the words' index in order (word, name, NIP) and stops after the page. With
-- the word indexed by varchar_pattern_ops (V3) PostgreSQL could find the words that start as typed but
-- not read them in the order of ORDER BY WORD (the database's collation): it sorted every match (25,000
-- for "siregar" among a million staff) for each page. Words are lower-case letters and digits; in the
-- C collation one plain index serves the prefix (LIKE 'abc%') and the order.
DROP INDEX IX_STAFF_NAME_WORD_SEARCH;
ALTER TABLE STAFF_NAME_WORD ALTER COLUMN WORD TYPE VARCHAR(60) COLLATE "C";
CREATE INDEX IX_STAFF_NAME_WORD_SEARCH ON STAFF_NAME_WORD (WORD, FULL_NAME, NIP);
