-- A search of two words ("dewi lubis") read every name with a word starting as the first ("dewi...":
-- 6,000 of 100,000 staff) to find and count the few that hold the second too. The pairs of words of
-- each name (id.kinerja.staff's NameWords.pairs: the first word's first three letters, a space, the
-- second word; words of three letters or more) are kept with the whole name, so that the names holding
-- both words are one range of one index (PAIR, FULL_NAME, NIP). Written with the name by the registry;
-- the names already registered get theirs here, from their words.
CREATE TABLE STAFF_NAME_PAIR (
  NIP VARCHAR(18) NOT NULL,
  PAIR VARCHAR(64) NOT NULL,
  FULL_NAME VARCHAR(200) NOT NULL,
  CONSTRAINT PK_STAFF_NAME_PAIR PRIMARY KEY (NIP, PAIR)
);
INSERT INTO STAFF_NAME_PAIR (NIP, PAIR, FULL_NAME)
  SELECT DISTINCT a.NIP, SUBSTR(a.WORD, 1, 3) || ' ' || b.WORD, a.FULL_NAME
  FROM STAFF_NAME_WORD a JOIN STAFF_NAME_WORD b ON b.NIP = a.NIP AND b.WORD <> a.WORD
  WHERE LENGTH(a.WORD) >= 3 AND LENGTH(b.WORD) >= 3;
CREATE INDEX IX_STAFF_NAME_PAIR_SEARCH ON STAFF_NAME_PAIR (PAIR, FULL_NAME, NIP);
