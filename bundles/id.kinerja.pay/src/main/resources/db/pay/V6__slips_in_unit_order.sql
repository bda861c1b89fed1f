-- A run's slips are listed by unit and NIP: an index in that order, so that a page of a run of a
-- million slips stops after its rows instead of sorting the run.
CREATE INDEX IX_PAY_SLIP_RUN_UNIT ON PAY_SLIP (RUN_ID, GENERATION, UNIT_CODE, NIP);
