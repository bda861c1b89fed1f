-- PostgreSQL's version of V3__lists_at_scale.sql: the same, and the indexes a prefix search (LIKE 'abc%')
-- needs there. Outside the C collation a plain B-tree index does not serve LIKE; one built with
-- varchar_pattern_ops does, whatever the database's collation.
CREATE INDEX IX_STAFF_NAME_ORDER ON STAFF (FULL_NAME, NIP);
-- a unit's staff, in the same order
CREATE INDEX IX_STAFF_UNIT_NAME_ORDER ON STAFF (UNIT_CODE, FULL_NAME, NIP);
CREATE INDEX IX_STAFF_NIP_PREFIX ON STAFF (NIP varchar_pattern_ops);

CREATE TABLE STAFF_NAME_WORD (
  NIP VARCHAR(18) NOT NULL,
  WORD VARCHAR(60) NOT NULL,
  FULL_NAME VARCHAR(200) NOT NULL,
  CONSTRAINT PK_STAFF_NAME_WORD PRIMARY KEY (NIP, WORD)
);
CREATE INDEX IX_STAFF_NAME_WORD_SEARCH ON STAFF_NAME_WORD (WORD varchar_pattern_ops, FULL_NAME, NIP);
