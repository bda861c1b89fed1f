import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;

import id.kinerja.core.db.internal.MigrationScript;
import id.kinerja.core.db.internal.Migrations;

/**
 * Makes the Derby database the distribution comes with: the schemas of the modules its boot
 * features migrate, and nothing any start wrote (no signing key, no write log: the first start at a
 * city makes those). Run by install-boot-features.sh after the build's start, with Derby, the
 * platform's migrator (id.kinerja.core.db) and an SLF4J API on the class path:
 *
 * <pre>java -cp ... SchemaDatabase.java &lt;database of the build's start&gt; &lt;bundle cache&gt; &lt;new database&gt;</pre>
 *
 * The modules, their scripts and their order are those the build's start applied (its
 * KINERJA_SCHEMA_VERSION); each module's scripts are read from its bundle in the bundle cache
 * ({@code db/<module>/V*.sql}, as SchemaMigratorImpl reads them) and applied by the same migrator.
 * Fails when the result differs from the start's database in a script, a table, a column or an
 * index: the schema a city's first start finds is the one it would have made.
 */
public class SchemaDatabase {

    private static final Pattern SCRIPT = Pattern.compile("db/([^/]+)/(V[^/]*\\.sql)");

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SchemaDatabase <started database> <bundle cache> <new database>");
        }
        Path started = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        Path made = Path.of(args[2]);
        if (Files.exists(made)) {
            throw new IllegalStateException(made + " exists");
        }
        try {
            List<String> applied;
            String startedSchema;
            try (Connection c = open(started)) {
                applied = applied(c);
                startedSchema = schema(c);
            }
            Map<String, List<MigrationScript>> modules = scriptsInBundles(cache);
            Migrations migrations = new Migrations(dataSource(made, true));
            for (String module : applied.stream().map(row -> row.split(" ")[0]).distinct().toList()) {
                List<MigrationScript> scripts = modules.get(module);
                if (scripts == null) {
                    throw new IllegalStateException("no bundle in " + cache + " has the scripts of module " + module);
                }
                migrations.apply(module, scripts);
            }
            try (Connection c = open(made)) {
                List<String> madeApplied = applied(c);
                if (!new TreeSet<>(madeApplied).equals(new TreeSet<>(applied))) {
                    throw new IllegalStateException("scripts applied differ: the build's start " + applied + ", here " + madeApplied);
                }
                String madeSchema = schema(c);
                if (!madeSchema.equals(startedSchema)) {
                    throw new IllegalStateException("schema differs from the build's start's database (made outside the migrations?)"
                            + "\nonly in the build's start's:\n" + linesNotIn(startedSchema, madeSchema)
                            + "only in the one made here:\n" + linesNotIn(madeSchema, startedSchema));
                }
                System.out.println("SchemaDatabase: " + made + ": " + applied.size() + " scripts of "
                        + applied.stream().map(row -> row.split(" ")[0]).distinct().count() + " modules, "
                        + madeSchema.lines().filter(line -> line.startsWith("table ")).count() + " tables");
            }
        } finally {
            try {
                dataSource(null, false).getConnection();
            } catch (SQLException shutdown) {
                // Derby answers its shutdown with an exception (XJ015): its files are then complete
                if (!"XJ015".equals(shutdown.getSQLState())) {
                    throw shutdown;
                }
            }
        }
    }

    private static EmbeddedDataSource dataSource(Path database, boolean create) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        if (database == null) {
            ds.setShutdownDatabase("shutdown");
            ds.setDatabaseName("");
        } else {
            ds.setDatabaseName(database.toAbsolutePath().toString());
            if (create) {
                ds.setCreateDatabase("create");
            }
        }
        return ds;
    }

    private static Connection open(Path database) throws SQLException {
        return dataSource(database, false).getConnection();
    }

    /** "module version script" of every applied script, in the order applied. */
    private static List<String> applied(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MODULE, VERSION, SCRIPT FROM KINERJA_SCHEMA_VERSION ORDER BY APPLIED_AT, MODULE, VERSION")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    /** Every table of the APP schema with its columns and indexes, one line each, sorted. */
    private static String schema(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        TreeSet<String> lines = new TreeSet<>();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, "APP", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        for (String table : tables) {
            lines.add("table " + table);
            try (ResultSet rs = meta.getColumns(null, "APP", table, "%")) {
                while (rs.next()) {
                    lines.add("column " + table + "." + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + "("
                            + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ") nullable=" + rs.getInt("NULLABLE")
                            + " default=" + rs.getString("COLUMN_DEF") + " #" + rs.getInt("ORDINAL_POSITION"));
                }
            }
            Map<String, StringBuilder> indexes = new LinkedHashMap<>();
            try (ResultSet rs = meta.getIndexInfo(null, "APP", table, false, false)) {
                while (rs.next()) {
                    String name = rs.getString("INDEX_NAME");
                    // the names Derby gives the indexes of constraints (SQL<time and number>) differ from one database to another
                    String key = (name.startsWith("SQL") ? "(a constraint's)" : name) + (rs.getBoolean("NON_UNIQUE") ? "" : " unique");
                    indexes.computeIfAbsent(name, n -> new StringBuilder("index " + table + " " + key + " on"))
                            .append(' ').append(rs.getString("COLUMN_NAME")).append(' ').append(rs.getString("ASC_OR_DESC"));
                }
            }
            indexes.values().forEach(index -> lines.add(index.toString()));
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String linesNotIn(String these, String those) {
        TreeSet<String> lines = new TreeSet<>(these.lines().toList());
        those.lines().forEach(lines::remove);
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
        return out.toString();
    }

    /** Every module's scripts found in the cache's bundles, by module name. */
    private static Map<String, List<MigrationScript>> scriptsInBundles(Path cache) throws IOException {
        Map<String, List<MigrationScript>> modules = new LinkedHashMap<>();
        Map<String, Path> bundleOf = new LinkedHashMap<>();
        List<Path> jars;
        try (Stream<Path> files = Files.walk(cache, 3)) {
            jars = files.filter(p -> p.getFileName().toString().equals("bundle.jar")).sorted().toList();
        }
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                file.stream().forEach(entry -> {
                    var m = SCRIPT.matcher(entry.getName());
                    if (!m.matches()) {
                        return;
                    }
                    String module = m.group(1);
                    Path previous = bundleOf.putIfAbsent(module, jar);
                    if (previous != null && !previous.equals(jar)) {
                        throw new IllegalStateException("two bundles have the scripts of module " + module + ": " + previous + ", " + jar);
                    }
                    try {
                        String sql = new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                        MigrationScript script = MigrationScript.of(m.group(2), sql);
                        if (script == null) {
                            throw new IllegalStateException("migration script name must be V<n>__<description>.sql: " + entry + " in " + jar);
                        }
                        modules.computeIfAbsent(module, k -> new ArrayList<>()).add(script);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
        return modules;
    }
}
