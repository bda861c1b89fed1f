-- Changes an administrator makes in the console (roles, grants, password resets) join the write log,
-- with the administrator's name (Karaf's JAAS realm) instead of a staff member's NIP.
ALTER TABLE SEC_WRITE_LOG ADD COLUMN ADMINISTRATOR VARCHAR(100);
