-- A complaint's responsible staff kept in its row as well: their NIPs in order, comma-separated, '' for
-- nobody. A page of complaints, whose rows come from the shared cache, then shows them without a query of
-- COMPLAINT_STAFF (which stays: the list of one staff member's complaints is read from it). NULL: not kept
-- (a complaint assigned before this script, or to more staff than the column holds); read from
-- COMPLAINT_STAFF then.
ALTER TABLE COMPLAINT ADD COLUMN RESPONSIBLE_NIPS VARCHAR(2000);
UPDATE COMPLAINT SET RESPONSIBLE_NIPS = '' WHERE NOT EXISTS (SELECT 1 FROM COMPLAINT_STAFF s WHERE s.COMPLAINT_ID = COMPLAINT.ID);
