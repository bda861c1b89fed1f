-- The rater's evaluation queue reads each evaluation's key with the time it last changed (UPDATED_AT),
-- to serve the evaluations it showed before while they are unchanged, as the plan queue does (V6): the
-- index holds that time too, so the keys of a page are still read from the index alone. Replaces V5's
-- evaluation index (its first columns).
CREATE INDEX IX_SKP_EVALUATION_RATER_STAMPED ON SKP_EVALUATION (RATER_NIP, PERIOD_END, ID, STATUS, UPDATED_AT);
DROP INDEX IX_SKP_EVALUATION_RATER_QUEUE;
