-- A computation is held by the node that writes it: a lease renewed with each chunk of slips. A node
-- of a cluster that died mid-run leaves its lease to expire; another node then resumes the run. Its
-- progress is read from here by every node: who started it, the slips to write, why it stopped.
ALTER TABLE PAY_RUN ADD COLUMN LEASE_NODE VARCHAR(120);
ALTER TABLE PAY_RUN ADD COLUMN LEASE_UNTIL TIMESTAMP;
ALTER TABLE PAY_RUN ADD COLUMN NEXT_BY VARCHAR(18);
ALTER TABLE PAY_RUN ADD COLUMN NEXT_TOTAL INTEGER;
ALTER TABLE PAY_RUN ADD COLUMN NEXT_STOPPED VARCHAR(400);
