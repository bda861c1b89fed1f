package id.kinerja.core.db.internal;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Moves a city's data from one database to another of the same schema: every table of the source,
 * its rows replacing the target's, in one transaction of the target (all or nothing), then each
 * identity column's next value set after the largest one copied. Made for moving a city from the
 * embedded Derby to PostgreSQL: the platform is first started on the empty PostgreSQL database with
 * the same modules, so that every module's migrations made its tables there; the copy then checks
 * that both databases are at the same version of every module's schema and that every table of the
 * source is in the target, and refuses otherwise (nothing is written).
 */
final class DatabaseCopy {

    static final int BATCH = 1000;

    /** Why a copy was refused before anything was written. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private DatabaseCopy() {
    }

    /**
     * Copies {@code source} into {@code target}; the rows copied per table, in the order written.
     *
     * @throws Refused the schemas differ (a module missing in the target, another version, a table missing)
     */
    static Map<String, Long> copy(Connection source, Connection target) throws SQLException, Refused {
        List<Step> order = check(source, target);
        Map<String, String> sourceTables = tables(source);
        Map<String, String> targetTables = tables(target);
        boolean autoCommit = target.getAutoCommit();
        target.setAutoCommit(false);
        Map<String, Long> copied = new LinkedHashMap<>();
        try {
            for (Step step : order) { // the circles opened before the rows go
                if (!step.deferred().isEmpty()) {
                    try (Statement st = target.createStatement()) {
                        st.executeUpdate("UPDATE " + targetTables.get(step.table()) + " SET "
                                + String.join(", ", step.deferred().stream().map(c -> c + " = NULL").toList()));
                    }
                }
            }
            for (int i = order.size() - 1; i >= 0; i--) {
                try (Statement st = target.createStatement()) {
                    st.executeUpdate("DELETE FROM " + targetTables.get(order.get(i).table()));
                }
            }
            for (Step step : order) {
                copied.put(step.table(), copyTable(source, sourceTables.get(step.table()), target, targetTables.get(step.table()), step));
            }
            for (Step step : order) {
                fillDeferred(target, targetTables.get(step.table()), step);
            }
            for (Step step : order) {
                restartIdentities(target, targetTables.get(step.table()));
            }
            target.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(autoCommit);
        }
    }

    /**
     * A table to write, and its columns written empty at first and filled once every table is in:
     * the foreign keys that point at the table itself (a unit's parent unit) or close a circle of
     * tables (a unit's head is a staff member of a unit).
     */
    record Step(String table, Set<String> deferred, List<String> primaryKey, List<Object[]> rows) {
    }

    /**
     * Whether the source may be copied into the target; the tables in the order they would be written.
     *
     * @throws Refused the schemas differ (a module missing in the target, another version, a table missing)
     */
    static List<Step> check(Connection source, Connection target) throws SQLException, Refused {
        Map<String, Integer> sourceVersions = versions(source);
        Map<String, Integer> targetVersions = versions(target);
        List<String> problems = new ArrayList<>();
        sourceVersions.forEach((module, version) -> {
            Integer there = targetVersions.get(module);
            if (there == null) {
                problems.add("modul " + module + " belum terpasang di basis data tujuan (install it there first, start once)");
            } else if (!there.equals(version)) {
                problems.add("modul " + module + ": versi skema asal " + version + ", tujuan " + there + " (same platform version on both)");
            }
        });
        Map<String, String> sourceTables = tables(source);
        Map<String, String> targetTables = tables(target);
        for (String table : sourceTables.keySet()) {
            if (!targetTables.containsKey(table)) {
                problems.add("tabel " + table + " tidak ada di basis data tujuan");
            }
        }
        if (sourceVersions.isEmpty()) {
            problems.add("basis data asal bukan basis data Kinerja (no " + Migrations.VERSION_TABLE + ")");
        }
        if (!problems.isEmpty()) {
            throw new Refused(String.join("; ", problems));
        }
        return insertOrder(target, targetTables, sourceTables.keySet());
    }

    /** The schema version of each module ({@code KINERJA_SCHEMA_VERSION}); empty without the table. */
    static Map<String, Integer> versions(Connection c) throws SQLException {
        Map<String, Integer> versions = new TreeMap<>();
        String table = tables(c).get(Migrations.VERSION_TABLE);
        if (table == null) {
            return versions;
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MODULE, MAX(VERSION) FROM " + table + " GROUP BY MODULE")) {
            while (rs.next()) {
                versions.put(rs.getString(1), rs.getInt(2));
            }
        }
        return versions;
    }

    /** The tables of the connection's own schema, by upper-case name, as the database spells them. */
    static Map<String, String> tables(Connection c) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, schemaOf(c), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                tables.put(name.toUpperCase(Locale.ROOT), name);
            }
        }
        return tables;
    }

    private static String schemaOf(Connection c) throws SQLException {
        return c.getSchema();
    }

    /**
     * The tables to write, each after those its foreign keys point to; a foreign key to the table
     * itself, or one closing a circle of tables, is filled afterwards (it must allow an empty value).
     */
    static List<Step> insertOrder(Connection target, Map<String, String> targetTables, Set<String> wanted) throws SQLException {
        Map<String, Map<String, Set<String>>> keysByParent = new TreeMap<>(); // table -> parent -> its columns pointing there
        Map<String, Set<String>> nullable = new TreeMap<>();
        DatabaseMetaData meta = target.getMetaData();
        for (String table : wanted) {
            Map<String, Set<String>> parents = new TreeMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, schemaOf(target), targetTables.get(table))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT);
                    if (wanted.contains(parent)) {
                        parents.computeIfAbsent(parent, p -> new TreeSet<>()).add(rs.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            keysByParent.put(table, parents);
            Set<String> empty = new TreeSet<>();
            try (ResultSet rs = meta.getColumns(null, schemaOf(target), targetTables.get(table), "%")) {
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_NULLABLE"))) {
                        empty.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            nullable.put(table, empty);
        }
        Map<String, Set<String>> deferred = new TreeMap<>();
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < keysByParent.size()) {
            boolean progress = false;
            for (Map.Entry<String, Map<String, Set<String>>> entry : keysByParent.entrySet()) {
                String table = entry.getKey();
                if (!ordered.contains(table) && entry.getValue().keySet().stream().allMatch(p -> p.equals(table) || ordered.contains(p))) {
                    ordered.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                // a circle: the first table whose keys to the tables still waiting may be empty goes first, those keys filled afterwards
                String breaker = keysByParent.entrySet().stream().filter(e -> !ordered.contains(e.getKey()))
                        .filter(e -> e.getValue().entrySet().stream().filter(p -> !p.getKey().equals(e.getKey()) && !ordered.contains(p.getKey()))
                                .allMatch(p -> nullable.get(e.getKey()).containsAll(p.getValue())))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (breaker == null) { // no way round: the rest in name order (the database reports the row it cannot take)
                    keysByParent.keySet().stream().filter(t -> !ordered.contains(t)).forEach(ordered::add);
                    break;
                }
                keysByParent.get(breaker).forEach((parent, columns) -> {
                    if (!parent.equals(breaker) && !ordered.contains(parent)) {
                        deferred.computeIfAbsent(breaker, t -> new TreeSet<>()).addAll(columns);
                    }
                });
                ordered.add(breaker);
            }
        }
        List<Step> steps = new ArrayList<>();
        for (String table : ordered) {
            Set<String> later = new TreeSet<>(deferred.getOrDefault(table, Set.of()));
            Set<String> self = keysByParent.get(table).getOrDefault(table, Set.of());
            if (nullable.get(table).containsAll(self)) {
                later.addAll(self);
            }
            steps.add(new Step(table, later, later.isEmpty() ? List.of() : primaryKey(target, targetTables.get(table)), new ArrayList<>()));
        }
        return steps;
    }

    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        Map<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, schemaOf(c), table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(columns.values());
    }

    /** The deferred columns of the rows that had them, now that every table is in. */
    private static void fillDeferred(Connection target, String table, Step step) throws SQLException {
        if (step.deferred().isEmpty() || step.rows().isEmpty()) {
            return;
        }
        List<String> set = new ArrayList<>(step.deferred());
        String sql = "UPDATE " + table + " SET " + String.join(", ", set.stream().map(c -> c + " = ?").toList()) + " WHERE "
                + String.join(" AND ", step.primaryKey().stream().map(c -> c + " = ?").toList());
        try (PreparedStatement update = target.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : step.rows()) {
                for (int i = 0; i < row.length; i++) {
                    update.setObject(i + 1, row[i]);
                }
                update.addBatch();
                if (++pending % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static long copyTable(Connection source, String sourceTable, Connection target, String targetTable, Step step) throws SQLException {
        List<String> columns = new ArrayList<>();
        Map<String, String> targetColumns = new TreeMap<>();
        try (ResultSet rs = target.getMetaData().getColumns(null, schemaOf(target), targetTable, "%")) {
            while (rs.next()) {
                targetColumns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getString("COLUMN_NAME"));
            }
        }
        try (ResultSet rs = source.getMetaData().getColumns(null, schemaOf(source), sourceTable, "%")) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                if (targetColumns.containsKey(column)) {
                    columns.add(column);
                }
            }
        }
        String select = "SELECT " + String.join(", ", columns) + " FROM " + sourceTable;
        String insert = "INSERT INTO " + targetTable + " (" + String.join(", ", columns.stream().map(targetColumns::get).toList()) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long rows = 0;
        try (Statement read = source.createStatement(); PreparedStatement write = target.prepareStatement(insert)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery(select)) {
                List<String> later = new ArrayList<>(step.deferred());
                while (rs.next()) {
                    Object[] fill = later.isEmpty() ? null : new Object[later.size() + step.primaryKey().size()];
                    boolean filled = false;
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = value(rs.getObject(i));
                        int deferred = later.indexOf(columns.get(i - 1));
                        if (deferred >= 0) {
                            fill[deferred] = value;
                            filled |= value != null;
                            value = null;
                        }
                        int key = step.primaryKey().indexOf(columns.get(i - 1));
                        if (fill != null && key >= 0) {
                            fill[later.size() + key] = value;
                        }
                        write.setObject(i, value);
                    }
                    if (filled) {
                        step.rows().add(fill);
                    }
                    write.addBatch();
                    if (++rows % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            if (rows % BATCH != 0) {
                write.executeBatch();
            }
        }
        return rows;
    }

    /** A value as the target takes it: large text and bytes read out of the source's locators. */
    private static Object value(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Blob blob) {
            return blob.getBytes(1, (int) blob.length());
        }
        return value;
    }

    /** Each identity column of the table goes on after the largest value now in it. */
    private static void restartIdentities(Connection target, String table) throws SQLException {
        String product = target.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        for (String column : identityColumns(target, table)) {
            long next;
            try (Statement st = target.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(" + column + ") FROM " + table)) {
                rs.next();
                next = rs.getLong(1) + 1;
            }
            try (Statement st = target.createStatement()) {
                if (product.contains("postgres")) {
                    try (ResultSet rs = st.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)")) {
                        rs.next();
                    }
                } else {
                    st.executeUpdate("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
                }
            }
        }
    }

    private static List<String> identityColumns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, schemaOf(c), table, "%")) {
            while (rs.next()) {
                if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
    }
}
