-- Roles, grants and members change on one node and are read from memory by every node: each change
-- counts up this version, and a node of a cluster reads its roles again when the version moved.
CREATE TABLE SEC_ROLE_VERSION (
  ID INTEGER NOT NULL PRIMARY KEY,
  VERSION BIGINT NOT NULL
);
INSERT INTO SEC_ROLE_VERSION (ID, VERSION) VALUES (1, 0);
