-- A person's notifications are read newest first: an index in that order (descending, which Derby
-- cannot read backwards) replaces the one by NIP and ID, so that a page stops after its rows instead
-- of sorting all of a person's notifications (a head of a thousand staff gets thousands a year).
DROP INDEX IX_NOTIFICATION_NIP;
CREATE INDEX IX_NOTIFICATION_NEWEST ON NOTIFICATION (NIP, ID DESC);
