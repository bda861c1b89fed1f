-- The rater's evaluation queue reads its keys with a number for each evaluation's last change, as the plan
-- queue does (V9): UPDATED_MICROS is UPDATED_AT in microseconds since the epoch, kept with it by the
-- platform (EvaluationEntity); the queue's index holds it instead, so the keys are still read from the
-- index alone. An evaluation not written since has 0: the queue shows it as its row is, until it changes.
-- Replaces V8's evaluation index.
ALTER TABLE SKP_EVALUATION ADD COLUMN UPDATED_MICROS BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX IX_SKP_EVALUATION_RATER_MICROS ON SKP_EVALUATION (RATER_NIP, PERIOD_END, ID, STATUS, UPDATED_MICROS);
DROP INDEX IX_SKP_EVALUATION_RATER_STAMPED;
