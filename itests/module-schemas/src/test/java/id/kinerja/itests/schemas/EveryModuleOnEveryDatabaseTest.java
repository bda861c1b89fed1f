package id.kinerja.itests.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.AggregateCollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.kinerja.core.db.internal.MigrationScript;
import id.kinerja.core.db.internal.Migrations;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Every migration script of every module (read from the modules' sources, {@code bundles/*}
 * {@code /src/main/resources/db/<module>}) runs on a real PostgreSQL (from Maven artifacts, no
 * server installed) and on embedded Derby, through the platform's own migrator, and again on a
 * database that has them all (nothing applied twice). Then every module's persistence unit opens
 * on that database as the bundle ships it: each entity's tables and columns exist and a query of
 * each entity runs.
 */
class EveryModuleOnEveryDatabaseTest {

    /** The persistence units of the modules, as their bundles name them. */
    static final List<String> UNITS = List.of("kinerja-staff", "kinerja-appraisal", "kinerja-security", "kinerja-pay",
            "kinerja-coaching", "kinerja-complaints", "kinerja-inovasi", "kinerja-notifications");

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

    @Test
    void everyModulesScriptsAndEntitiesOnPostgreSql() throws Exception {
        DataSource dataSource = postgres.getPostgresDatabase();
        migrateEveryModule(dataSource);
        try (Connection c = dataSource.getConnection()) {
            assertEquals("postgresql", Migrations.databaseOf(c));
            // the types Derby names otherwise became PostgreSQL's
            assertEquals("text", columnType(c, "skp_audit", "before_json"));
            assertEquals("double precision", columnType(c, "skp_evaluation", "score"));
        }
        everyEntityMatchesItsTables(dataSource);
    }

    @Test
    void everyModulesScriptsAndEntitiesOnDerby() throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrateEveryModule(dataSource);
        try (Connection c = dataSource.getConnection()) {
            assertEquals("derby", Migrations.databaseOf(c));
        }
        everyEntityMatchesItsTables(dataSource);
    }

    /** The scripts of each module, by module name, as the bundles ship them. */
    static Map<String, List<MigrationScript>> everyModule() throws IOException {
        Map<String, List<MigrationScript>> modules = new TreeMap<>();
        try (Stream<Path> bundles = Files.list(Path.of("../../bundles"))) {
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
        assertTrue(modules.keySet().containsAll(List.of("staff", "appraisal", "security", "pay", "coaching", "complaints", "inovasi", "notifications")), modules.keySet().toString());
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

    /**
     * Opens each module's persistence unit (its own {@code persistence.xml}, the datasource given
     * instead of the platform's) and compares every column its entities map, element collections
     * included, with the database's; then reads each entity once.
     */
    static void everyEntityMatchesItsTables(DataSource dataSource) throws SQLException {
        Map<String, Set<String>> columns = columnsByTable(dataSource);
        List<String> missing = new ArrayList<>();
        int entities = 0;
        for (String unit : UNITS) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
            properties.put("javax.persistence.nonJtaDataSource", dataSource);
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit, properties);
            try {
                EntityManager em = factory.createEntityManager();
                for (ClassDescriptor descriptor : JpaHelper.getServerSession(factory).getDescriptors().values()) {
                    if (descriptor.isAggregateDescriptor()) {
                        continue; // checked with the entity that holds it
                    }
                    entities++;
                    List<DatabaseField> fields = new ArrayList<>(descriptor.getFields());
                    for (DatabaseMapping mapping : descriptor.getMappings()) {
                        if (mapping instanceof AggregateCollectionMapping collection) {
                            fields.addAll(collection.getReferenceDescriptor().getFields());
                        }
                    }
                    for (DatabaseField field : fields) {
                        String table = field.getTable().getName().toUpperCase(Locale.ROOT);
                        if (!columns.getOrDefault(table, Set.of()).contains(field.getName().toUpperCase(Locale.ROOT))) {
                            missing.add(unit + ": " + descriptor.getJavaClass().getSimpleName() + " maps " + table + "." + field.getName());
                        }
                    }
                    try {
                        em.createQuery("SELECT e FROM " + descriptor.getAlias() + " e").setMaxResults(1).getResultList();
                    } catch (javax.persistence.PersistenceException e) {
                        missing.add(unit + ": " + descriptor.getAlias() + " cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
                em.close();
            } finally {
                factory.close();
            }
        }
        assertEquals(List.of(), missing, "columns the entities map but the migrations never made");
        assertTrue(entities >= 40, "every module's entities were checked: " + entities);
    }

    static Map<String, Set<String>> columnsByTable(DataSource dataSource) throws SQLException {
        Map<String, Set<String>> columns = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, null, "%", "%")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT), t -> new TreeSet<>())
                            .add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    static String columnType(Connection c, String table, String column) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT data_type FROM information_schema.columns WHERE table_name = '" + table
                + "' AND column_name = '" + column + "'")) {
            assertTrue(rs.next(), table + "." + column);
            return rs.getString(1);
        }
    }
}
