-- A page of a run's slips reads its slips' keys from the index in the list's order and skips the
-- pages before it there (never the slips), then only its own slips by key: the index of V6 with the
-- key at its end, so that the first read needs nothing else (Derby reads a deep page's keys without
-- visiting a slip; a list of NIPs would not be probed in an index that starts with the run).
CREATE INDEX IX_PAY_SLIP_RUN_PAGE ON PAY_SLIP (RUN_ID, GENERATION, UNIT_CODE, NIP, ID);
DROP INDEX IX_PAY_SLIP_RUN_UNIT;
