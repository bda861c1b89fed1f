package id.kinerja.core.db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every migration script of every module (read from the modules' sources, {@code bundles/*}
 * {@code /src/main/resources/db/<module>}) runs on a real PostgreSQL (from Maven artifacts, no
 * server installed) and on embedded Derby, through the platform's own migrator, and again on a
 * database that has them all (nothing applied twice).
 */
class EveryModuleOnEveryDatabaseTest {

    static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The scripts of each module, by module name, as the bundles ship them. */
    static Map<String, List<MigrationScript>> everyModule() throws IOException {
        Map<String, List<MigrationScript>> modules = new TreeMap<>();
        try (Stream<Path> bundles = Files.list(Path.of(".."))) {
            for (Path bundle : bundles.toList()) {
                Path db = bundle.resolve("src/main/resources/db");
                if (!Files.isDirectory(db)) {
                    continue;
                }
                try (Stream<Path> folders = Files.list(db)) {
                    for (Path folder : folders.toList()) {
                        List<MigrationScript> scripts = new ArrayList<>();
                        try (Stream<Path> files = Files.list(folder)) {
                            for (Path file : files.toList()) {
                                MigrationScript script = MigrationScript.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                                assertTrue(script != null, "a script named V<n>__<what>.sql: " + file);
                                scripts.add(script);
                            }
                        }
                        modules.put(folder.getFileName().toString(), scripts);
                    }
                }
            }
        }
        assertTrue(modules.keySet().containsAll(List.of("staff", "appraisal", "security", "pay", "coaching", "complaints")), modules.keySet().toString());
        return modules;
    }

    static void migrateEveryModule(DataSource dataSource) throws Exception {
        Migrations migrations = new Migrations(dataSource);
        Map<String, List<MigrationScript>> modules = everyModule();
        for (Map.Entry<String, List<MigrationScript>> module : modules.entrySet()) {
            int newest = module.getValue().stream().mapToInt(MigrationScript::version).max().orElse(0);
            assertEquals(newest, migrations.apply(module.getKey(), module.getValue()), module.getKey());
        }
        // a restart: nothing runs twice
        for (Map.Entry<String, List<MigrationScript>> module : modules.entrySet()) {
            migrations.apply(module.getKey(), module.getValue());
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM KINERJA_SCHEMA_VERSION")) {
            rs.next();
            assertEquals(modules.values().stream().mapToInt(scripts -> (int) scripts.stream().map(MigrationScript::version).distinct().count())
                    .sum(), rs.getInt(1), "each version of each module recorded once");
        }
    }

    @Test
    void everyModulesScriptsRunOnPostgreSql() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        migrateEveryModule(dataSource);
        try (Connection c = dataSource.getConnection()) {
            assertEquals("postgresql", Migrations.databaseOf(c));
            // the types Derby names otherwise became PostgreSQL's
            assertEquals("text", columnType(c, "skp_audit", "before_json"));
            assertEquals("double precision", columnType(c, "skp_evaluation", "score"));
        }
    }

    @Test
    void everyModulesScriptsRunOnDerby() throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrateEveryModule(dataSource);
        try (Connection c = dataSource.getConnection()) {
            assertEquals("derby", Migrations.databaseOf(c));
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

    static String columnType(Connection c, String table, String column) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = '" + table
                + "' AND column_name = '" + column + "'")) {
            assertTrue(rs.next(), table + "." + column);
            return rs.getString(1);
        }
    }
}
