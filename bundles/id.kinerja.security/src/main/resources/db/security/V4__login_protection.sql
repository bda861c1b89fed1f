-- Login protection for the internet. Failed logins lock an account only for the address they came
-- from (whoever sprays from elsewhere cannot lock the owner out); a changed or reset password
-- revokes every token issued before it (the token carries the account's token version).
CREATE TABLE SEC_LOGIN_LOCK (
  -- NIP and client address, '|' between them
  ID VARCHAR(110) NOT NULL PRIMARY KEY,
  NIP VARCHAR(40) NOT NULL,
  CLIENT VARCHAR(64) NOT NULL,
  FAILURES INTEGER NOT NULL,
  LOCKED_UNTIL TIMESTAMP,
  LAST_FAILURE_AT TIMESTAMP NOT NULL
);
CREATE INDEX IX_SEC_LOGIN_LOCK_NIP ON SEC_LOGIN_LOCK (NIP);
CREATE INDEX IX_SEC_LOGIN_LOCK_LAST ON SEC_LOGIN_LOCK (LAST_FAILURE_AT);

ALTER TABLE SEC_ACCOUNT ADD COLUMN TOKEN_VERSION INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE SEC_ACCOUNT DROP COLUMN FAILED_ATTEMPTS;
ALTER TABLE SEC_ACCOUNT DROP COLUMN LOCKED_UNTIL;
