-- A rater's queues in an index that holds their order: the plans waiting for approval (by the time
-- they were submitted) and the evaluations still to rate or finalise (by the end of their period).
-- A page reads the keys from the index and stops (counted only so far), then the page's rows: a head
-- who rates a thousand is no longer a sort of a thousand rows per page. The plan's index replaces
-- IX_SKP_PLAN_RATER (its first columns).
CREATE INDEX IX_SKP_PLAN_RATER_QUEUE ON SKP_PLAN (RATER_NIP, STATUS, SUBMITTED_AT, ID);
DROP INDEX IX_SKP_PLAN_RATER;
CREATE INDEX IX_SKP_EVALUATION_RATER_QUEUE ON SKP_EVALUATION (RATER_NIP, PERIOD_END, ID, STATUS);
