-- Discipline event keys from a sequence taken 500 at a time, so that a month's attendance import is
-- written in JDBC batches (identity keys need one round trip per row). It starts far above any key
-- the identity column could have given before.
CREATE SEQUENCE PAY_DISCIPLINE_EVENT_SEQ AS BIGINT START WITH 1000000000000 INCREMENT BY 500;
