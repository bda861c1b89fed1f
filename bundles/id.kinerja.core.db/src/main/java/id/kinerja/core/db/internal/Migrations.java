package id.kinerja.core.db.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned scripts to a database and records them in {@code KINERJA_SCHEMA_VERSION}.
 * Each script runs in its own transaction. Public for the tests that run every module's scripts
 * ({@code itests/module-schemas}); the package is not exported.
 */
public final class Migrations {

    static final String VERSION_TABLE = "KINERJA_SCHEMA_VERSION";

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final DataSource dataSource;

    public Migrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies the scripts newer than the module's current version; returns the version reached. */
    public synchronized int apply(String module, List<MigrationScript> scripts) {
        try (Connection c = dataSource.getConnection(); ClusterLock lock = ClusterLock.of(c)) {
            ensureVersionTable(c);
            int current = currentVersion(c, module);
            List<MigrationScript> pending = MigrationScript.forDatabase(scripts, databaseOf(c)).stream()
                    .filter(s -> s.version() > current)
                    .toList();
            int reached = current;
            for (MigrationScript script : pending) {
                run(c, module, script, databaseOf(c));
                reached = script.version();
                LOG.info("Schema of module {} migrated to version {} ({})", module, reached, script.name());
            }
            return reached;
        } catch (SQLException e) {
            throw new IllegalStateException("Schema migration of module " + module + " failed: " + e.getMessage(), e);
        }
    }

    private static void run(Connection c, String module, MigrationScript script, String database) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : script.statements()) {
                st.execute(Dialects.translate(sql, database));
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (MODULE, VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, module);
                insert.setInt(2, script.version());
                insert.setString(3, script.name());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("script " + script.name() + ": " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Several nodes of a cluster start at once on one PostgreSQL database: one migrates at a time
     * (a session advisory lock, given back when done), the others then find the scripts applied.
     * One JVM on Derby needs no more than this class's own lock.
     */
    record ClusterLock(Connection connection) implements AutoCloseable {

        /** An arbitrary number every node agrees on: "KINERJA" in the keypad's letters. */
        static final long KEY = 5_463_752L;

        static ClusterLock of(Connection c) throws SQLException {
            if (!"postgresql".equals(databaseOf(c))) {
                return new ClusterLock(null);
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_advisory_lock(" + KEY + ")")) {
                rs.next();
            }
            return new ClusterLock(c);
        }

        @Override
        public void close() throws SQLException {
            if (connection != null) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_advisory_unlock(" + KEY + ")")) {
                    rs.next();
                }
            }
        }
    }

    /** The database a connection talks to, as scripts name it: {@code derby} or {@code postgresql} (else its product name in lower case). */
    public static String databaseOf(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("derby") ? "derby" : product.contains("postgres") ? "postgresql" : product.replace(' ', '-');
    }

    static int currentVersion(Connection c, String module) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT MAX(VERSION) FROM " + VERSION_TABLE + " WHERE MODULE = ?")) {
            st.setString(1, module);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        if ("derby".equals(databaseOf(c))) {
            // Derby's own catalogue: its JDBC catalogue query (getTables) cost each start about 0.1 s
            // to compile and 20 ms a module after that
            try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM SYS.SYSTABLES WHERE TABLENAME = ?")) {
                st.setString(1, VERSION_TABLE);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
        } else {
            try (ResultSet rs = c.getMetaData().getTables(null, null, VERSION_TABLE, null)) {
                if (rs.next()) {
                    return;
                }
            }
            try (ResultSet rs = c.getMetaData().getTables(null, null, VERSION_TABLE.toLowerCase(), null)) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + VERSION_TABLE + " (MODULE VARCHAR(64) NOT NULL, VERSION INTEGER NOT NULL, "
                    + "SCRIPT VARCHAR(255) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (MODULE, VERSION))");
        }
    }
}
