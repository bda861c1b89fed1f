-- Slip keys from a sequence taken 500 at a time, so that a run's slips are written in JDBC batches
-- (identity keys need one round trip per row). Starts above any identity value given before.
CREATE SEQUENCE PAY_SLIP_SEQ AS BIGINT START WITH 1000000 INCREMENT BY 500;
