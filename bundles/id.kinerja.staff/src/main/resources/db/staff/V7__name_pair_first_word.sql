-- A search of two words read the range of the pairs' index ('dew lub%') and then, for each name in it,
-- looked in the words' table for the rest of its first word ("dewi"): one more read of an index per
-- name, most of what such a search cost. Each pair now keeps its whole first word (id.kinerja.staff's
-- NameWords.pairs), last in the same index, so that the rest of the first word is checked on the index
-- row itself. Two words of a name may start alike ("Dewi Dewanti Lubis": "dew lubis" twice), so the
-- first word is part of the key. The table is made anew from the words already kept, as V6 made it.
DROP TABLE STAFF_NAME_PAIR;
CREATE TABLE STAFF_NAME_PAIR (
  NIP VARCHAR(18) NOT NULL,
  PAIR VARCHAR(64) NOT NULL,
  FIRST_WORD VARCHAR(64) NOT NULL,
  FULL_NAME VARCHAR(200) NOT NULL,
  CONSTRAINT PK_STAFF_NAME_PAIR PRIMARY KEY (NIP, PAIR, FIRST_WORD)
);
INSERT INTO STAFF_NAME_PAIR (NIP, PAIR, FIRST_WORD, FULL_NAME)
  SELECT a.NIP, SUBSTR(a.WORD, 1, 3) || ' ' || b.WORD, a.WORD, a.FULL_NAME
  FROM STAFF_NAME_WORD a JOIN STAFF_NAME_WORD b ON b.NIP = a.NIP AND b.WORD <> a.WORD
  WHERE LENGTH(a.WORD) >= 3 AND LENGTH(b.WORD) >= 3;
CREATE INDEX IX_STAFF_NAME_PAIR_SEARCH ON STAFF_NAME_PAIR (PAIR, FULL_NAME, NIP, FIRST_WORD);
