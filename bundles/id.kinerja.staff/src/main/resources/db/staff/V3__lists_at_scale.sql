-- Lists that stay fast at a million staff. The registry's list is ordered by name then NIP: this
-- index serves that order, so a page is read from it instead of sorting the whole table.
CREATE INDEX IX_STAFF_NAME_ORDER ON STAFF (FULL_NAME, NIP);
-- a unit's staff, in the same order
CREATE INDEX IX_STAFF_UNIT_NAME_ORDER ON STAFF (UNIT_CODE, FULL_NAME, NIP);

-- The words of each name (id.kinerja.staff's NameWords), each with the whole name: a search by name reads
-- the names with a word starting so, in name order, from one index of this table (WORD, FULL_NAME, NIP),
-- on Derby as on PostgreSQL. Written with the name by the registry; rows registered before this script
-- get theirs when the registry starts (StaffServiceImpl).
CREATE TABLE STAFF_NAME_WORD (
  NIP VARCHAR(18) NOT NULL,
  WORD VARCHAR(60) NOT NULL,
  FULL_NAME VARCHAR(200) NOT NULL,
  CONSTRAINT PK_STAFF_NAME_WORD PRIMARY KEY (NIP, WORD)
);
CREATE INDEX IX_STAFF_NAME_WORD_SEARCH ON STAFF_NAME_WORD (WORD, FULL_NAME, NIP);
