package id.kinerja.core.db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    private EmbeddedDataSource dataSource;
    private Migrations migrations;

    @BeforeEach
    void freshDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrations = new Migrations(dataSource);
    }

    @Test
    void appliesScriptsInVersionOrderOnce() throws SQLException {
        List<MigrationScript> scripts = List.of(
                MigrationScript.of("V2__add_column.sql", "ALTER TABLE T ADD COLUMN B INT;"),
                MigrationScript.of("V1__create.sql", "-- the first table\nCREATE TABLE T (\n A INT\n);\nINSERT INTO T (A) VALUES (1);"));

        assertEquals(2, migrations.apply("demo", scripts));
        assertEquals(2, migrations.apply("demo", scripts), "a second run applies nothing again");
        assertEquals(1, count("SELECT COUNT(*) FROM T"), "the insert of V1 ran once");
        assertEquals(2, count("SELECT COUNT(*) FROM KINERJA_SCHEMA_VERSION WHERE MODULE = 'demo'"));
    }

    @Test
    void versionsAreKeptPerModule() {
        migrations.apply("a", List.of(MigrationScript.of("V1__a.sql", "CREATE TABLE A1 (X INT);")));

        assertEquals(1, migrations.apply("b", List.of(MigrationScript.of("V1__b.sql", "CREATE TABLE B1 (X INT);"))));
    }

    @Test
    void aFailingScriptIsRolledBackAndNotRecorded() throws SQLException {
        migrations.apply("demo", List.of(MigrationScript.of("V1__create.sql", "CREATE TABLE T (A INT);")));

        List<MigrationScript> broken = List.of(MigrationScript.of("V2__broken.sql",
                "CREATE TABLE U (A INT);\nINSERT INTO NOPE VALUES (1);"));
        assertThrows(IllegalStateException.class, () -> migrations.apply("demo", broken));

        assertEquals(1, count("SELECT MAX(VERSION) FROM KINERJA_SCHEMA_VERSION WHERE MODULE = 'demo'"));
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, "U", null)) {
            assertEquals(false, rs.next(), "the table of the failed script was rolled back");
        }
    }

    @Test
    void rejectsBadScriptNames() {
        assertEquals(null, MigrationScript.of("create.sql", ""));
        assertEquals(null, MigrationScript.of("V1_create.sql", ""));
        assertEquals(7, MigrationScript.of("V7__x.sql", "").version());
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aScriptForOneDatabaseReplacesThePortableOneThereOnly() {
        List<MigrationScript> scripts = List.of(MigrationScript.of("V1__create.sql", "CREATE TABLE T (A INT);"),
                MigrationScript.of("V2__fill.sql", "INSERT INTO T VALUES (1);"),
                MigrationScript.of("V2__fill.postgresql.sql", "INSERT INTO T VALUES (2);"));
        assertEquals(List.of("V1__create.sql", "V2__fill.postgresql.sql"),
                MigrationScript.forDatabase(scripts, "postgresql").stream().map(MigrationScript::name).toList());
        assertEquals(List.of("V1__create.sql", "V2__fill.sql"),
                MigrationScript.forDatabase(scripts, "derby").stream().map(MigrationScript::name).toList());
        assertEquals("CREATE TABLE A (B TEXT, C BYTEA, D DOUBLE PRECISION, E DOUBLE PRECISION)",
                Dialects.translate("CREATE TABLE A (B CLOB, C BLOB(5M), D DOUBLE, E DOUBLE PRECISION)", "postgresql"));
        assertEquals("CREATE TABLE A (B CLOB)", Dialects.translate("CREATE TABLE A (B CLOB)", "derby"));
        assertEquals("ALTER TABLE R ALTER COLUMN POLICY_NAME DROP NOT NULL", Dialects.translate("ALTER TABLE R ALTER COLUMN POLICY_NAME NULL", "postgresql"));
        assertEquals("ALTER TABLE R ALTER COLUMN M SET NOT NULL", Dialects.translate("ALTER TABLE R ALTER COLUMN M NOT NULL", "postgresql"));
        assertEquals("ALTER TABLE R ALTER COLUMN M NOT NULL", Dialects.translate("ALTER TABLE R ALTER COLUMN M NOT NULL", "derby"));
        assertFalse(MigrationScript.forDatabase(scripts, "derby").isEmpty());
    }
}
