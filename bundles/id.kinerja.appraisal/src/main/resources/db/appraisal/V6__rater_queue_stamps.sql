-- The rater's plan queue reads each plan's key with the time it last changed (UPDATED_AT), to serve
-- the plans it showed before while they are unchanged: the index holds that time too, so the keys of
-- a page are still read from the index alone. Replaces V5's plan index (its first columns).
CREATE INDEX IX_SKP_PLAN_RATER_STAMPED ON SKP_PLAN (RATER_NIP, STATUS, SUBMITTED_AT, ID, UPDATED_AT);
DROP INDEX IX_SKP_PLAN_RATER_QUEUE;
