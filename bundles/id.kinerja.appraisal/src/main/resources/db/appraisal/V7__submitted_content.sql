-- A submitted plan's work results, indicators and behaviour expectations, kept whole in its row while
-- it waits for its rater (a submitted plan cannot change; it is cleared when the plan is approved or
-- returned): the first read of a rater's queue reads 20 rows of one table instead of about 250 rows of
-- four. NULL for a plan that does not fit (it is read from its rows) and for plans submitted before.
ALTER TABLE SKP_PLAN ADD COLUMN SUBMITTED_CONTENT VARCHAR(32672);
