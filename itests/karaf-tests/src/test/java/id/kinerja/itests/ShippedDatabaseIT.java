package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

/**
 * The Derby database the distribution comes with (data/derby/kinerja.shipped, made by the build
 * from the modules' scripts alone), as README command 1's platform takes it (bin/setenv): the first
 * start makes it its database instead of creating one, finds every schema in place and writes its
 * own signing key and write log into it, nothing of the build's start being there; a database
 * already in place is never replaced by the copy a newer archive unpacked over it brings; a
 * datasource naming another database leaves the copy alone.
 */
public class ShippedDatabaseIT {

    static final String ADMIN_PASSWORD = "Admin-ShippedDatabaseIT-2026";

    LocalPlatform platform;

    @Test
    public void theFirstStartTakesTheShippedSchemasAndNeverReplacesADatabaseInPlace() throws Exception {
        platform = LocalPlatform.unpack("shipped-db");
        Path shipped = platform.home.resolve("data/derby/kinerja.shipped");
        Path database = platform.home.resolve("data/derby/kinerja");
        assertTrue("the distribution comes with its database", Files.isDirectory(shipped.resolve("seg0")));
        assertFalse(Files.exists(database));

        Timestamp unpacked = now();
        start();
        assertFalse("taken as the database", Files.exists(shipped));
        assertTrue(Files.isDirectory(database.resolve("seg0")));
        assertEquals("no script run: every schema was in place", List.of(), logLines("migrated to version"));
        platform.stop();

        Timestamp firstKey;
        long roleVersion;
        try (Connection c = open(database)) {
            roleVersion = roleVersion(c);
            List<Timestamp> applied = timestamps(c, "SELECT APPLIED_AT FROM KINERJA_SCHEMA_VERSION");
            assertTrue("the core modules' scripts, applied by the build: " + applied,
                    applied.size() > 20 && applied.stream().allMatch(at -> at.before(unpacked)));
            List<Timestamp> keys = timestamps(c, "SELECT CREATED_AT FROM SEC_SIGNING_KEY");
            assertEquals("one signing key", 1, keys.size());
            firstKey = keys.get(0);
            assertTrue("made by this platform's first start, not by the build: " + firstKey, firstKey.after(unpacked));
            List<Timestamp> writes = timestamps(c, "SELECT AT_TIME FROM SEC_WRITE_LOG");
            assertTrue("the first start's declarations of permissions: " + writes,
                    !writes.isEmpty() && writes.stream().allMatch(at -> at.after(unpacked)));
        } finally {
            shutdown(database);
        }

        // a newer archive unpacked over this folder brings its copy again: the city's database stays
        platform.unpackOver("data/derby/kinerja.shipped");
        assertTrue(Files.isDirectory(shipped.resolve("seg0")));
        start();
        assertFalse("the copy beside a database is removed", Files.exists(shipped));
        platform.stop();
        try (Connection c = open(database)) {
            assertEquals("the same database: its signing key kept", List.of(firstKey), timestamps(c, "SELECT CREATED_AT FROM SEC_SIGNING_KEY"));
            // every module declared the permissions the database knows, with the same descriptions: nothing written,
            // so no node of a cluster reads the roles again because a node started
            assertEquals("the roles' version after a start that changed none", roleVersion, roleVersion(c));
        } finally {
            shutdown(database);
        }

        // a platform without the default database whose datasource names another one (as PostgreSQL's does): the copy is left alone
        LocalPlatform.run(new ProcessBuilder("rm", "-r", database.toString()), 60);
        LocalPlatform.replace(platform.home.resolve("etc/org.ops4j.datasource-kinerja.cfg"), "/derby/kinerja;", "/derby/another;");
        platform.unpackOver("data/derby/kinerja.shipped");
        start();
        assertTrue("not taken", Files.isDirectory(shipped.resolve("seg0")));
        assertFalse(Files.exists(database));
        assertTrue("the database the datasource names, made by its start",
                Files.isDirectory(platform.home.resolve("data/derby/another/seg0")));
        List<String> migrated = logLines("migrated to version");
        assertTrue("the core modules' scripts run by that start: " + migrated, migrated.size() > 20);
    }

    private void start() throws Exception {
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();
    }

    private List<String> logLines(String containing) throws Exception {
        return Files.readAllLines(platform.home.resolve("data/log/karaf.log")).stream().filter(line -> line.contains(containing)).toList();
    }

    private static Timestamp now() {
        return new Timestamp(System.currentTimeMillis());
    }

    private static Connection open(Path database) throws SQLException {
        return DriverManager.getConnection("jdbc:derby:" + database);
    }

    /** Closes the database in this JVM, so that the platform's own Derby may open it again. */
    private static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException closed) {
            // Derby answers a database's shutdown with an exception (08006)
        }
    }

    private static long roleVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION FROM SEC_ROLE_VERSION WHERE ID = 1")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static List<Timestamp> timestamps(Connection c, String query) throws SQLException {
        List<Timestamp> values = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getTimestamp(1));
            }
        }
        return values;
    }

    @After
    public void stop() throws Exception {
        if (platform != null) {
            platform.stop();
        }
    }
}
