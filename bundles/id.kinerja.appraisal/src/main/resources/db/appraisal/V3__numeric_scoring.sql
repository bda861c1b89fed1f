-- The older numeric scoring method: the rater's behaviour value (0..100) and, for objections, the
-- value decided on.
ALTER TABLE SKP_EVALUATION ADD COLUMN BEHAVIOUR_VALUE DOUBLE;
ALTER TABLE SKP_OBJECTION ADD COLUMN NEW_BEHAVIOUR_VALUE DOUBLE;
