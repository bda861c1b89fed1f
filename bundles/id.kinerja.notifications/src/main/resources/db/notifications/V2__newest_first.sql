-- A person's notifications are read newest first, all of them or the unread ones: indexes in that
-- order (descending, which Derby cannot read backwards) replace those by NIP and ID and by NIP and
-- READ_AT, so that a page stops after its rows instead of sorting all of a person's notifications (a
-- head of a thousand staff gets thousands a year). The unread ones are those without READ_AT; the
-- bell counts them in the same index.
DROP INDEX IX_NOTIFICATION_NIP;
DROP INDEX IX_NOTIFICATION_UNREAD;
CREATE INDEX IX_NOTIFICATION_NEWEST ON NOTIFICATION (NIP, ID DESC);
CREATE INDEX IX_NOTIFICATION_UNREAD_NEWEST ON NOTIFICATION (NIP, READ_AT, ID DESC);
