-- The personnel office pages through the city's proposals newest first, of one status or of all:
-- indexes in that order (descending, which Derby cannot read backwards), so that a page stops after
-- its rows instead of sorting every proposal of the city (one a year for each weak predikat).
CREATE INDEX IX_COACH_PROPOSAL_STATUS_NEWEST ON COACH_PROPOSAL (STATUS, ID DESC);
CREATE INDEX IX_COACH_PROPOSAL_NEWEST ON COACH_PROPOSAL (ID DESC);
