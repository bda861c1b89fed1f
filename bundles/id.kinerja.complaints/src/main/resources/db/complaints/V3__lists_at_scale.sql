-- The staff's list of complaints is read newest first, of one status or of all: indexes in that order
-- (descending, which Derby cannot read backwards), so that a page stops after its rows instead of
-- sorting every complaint of the city.
CREATE INDEX IX_COMPLAINT_STATUS_NEWEST ON COMPLAINT (STATUS, RECEIVED_AT DESC, ID DESC);
CREATE INDEX IX_COMPLAINT_NEWEST ON COMPLAINT (RECEIVED_AT DESC, ID DESC);
