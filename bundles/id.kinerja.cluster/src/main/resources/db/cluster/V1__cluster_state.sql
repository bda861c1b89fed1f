-- What every node of a cluster follows (docs/cluster.md): the modules installed and the settings
-- files in etc/ (id.kinerja.*.cfg), as the last node that changed them left them. SEQ counts the
-- changes of a row; each node applies the rows whose SEQ moved since it last looked.
CREATE TABLE KINERJA_CLUSTER_STATE (
  KIND VARCHAR(10) NOT NULL,
  NAME VARCHAR(200) NOT NULL,
  CONTENT CLOB,
  SEQ BIGINT NOT NULL,
  CHANGED_AT TIMESTAMP NOT NULL,
  CHANGED_BY VARCHAR(120) NOT NULL,
  CONSTRAINT PK_KINERJA_CLUSTER_STATE PRIMARY KEY (KIND, NAME)
);
