-- A page of a rater's plan queue reads as many keys as it counts (221 for a page of 20), each with the
-- time its plan last changed (V6): read as timestamps, those times cost more than the rest of the keys
-- (Derby and PostgreSQL's driver make each one through a Calendar). UPDATED_MICROS is UPDATED_AT in
-- microseconds since the epoch, a number, kept with it by the platform (PlanEntity); the queue's index
-- holds it instead, so the keys are still read from the index alone. A plan not written since has 0:
-- the queue shows it as its row is, until it changes. Replaces V6's plan index.
ALTER TABLE SKP_PLAN ADD COLUMN UPDATED_MICROS BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX IX_SKP_PLAN_RATER_MICROS ON SKP_PLAN (RATER_NIP, STATUS, SUBMITTED_AT, ID, UPDATED_MICROS);
DROP INDEX IX_SKP_PLAN_RATER_STAMPED;
