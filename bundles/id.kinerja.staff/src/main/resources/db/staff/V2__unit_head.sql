-- Who heads a unit is recorded, never inferred from the supervisor chain: a group of functional staff
-- reporting to a head in the parent unit has no head of its own, and none of them heads it.
ALTER TABLE ORG_UNIT ADD COLUMN HEAD_NIP VARCHAR(18);
ALTER TABLE ORG_UNIT ADD CONSTRAINT FK_ORG_UNIT_HEAD FOREIGN KEY (HEAD_NIP) REFERENCES STAFF (NIP);
CREATE INDEX IX_ORG_UNIT_HEAD ON ORG_UNIT (HEAD_NIP);
