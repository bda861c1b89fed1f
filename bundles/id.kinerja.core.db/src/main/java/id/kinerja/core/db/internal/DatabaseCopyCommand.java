package id.kinerja.core.db.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * {@code kinerja:database-copy-from-derby <folder>}: moves a city from its embedded Derby database to
 * the database the platform now uses (PostgreSQL), see {@code docs/postgresql.md}. Without
 * {@code --replace} it only checks and tells what it would copy.
 */
@Command(scope = "kinerja", name = "database-copy-from-derby",
        description = "Moves a city's data from its embedded Derby database (platform that used it stopped) into the database now in use")
@Service
public class DatabaseCopyCommand implements Action {

    @Reference(filter = "(osgi.jdbc.driver.name=derby)")
    DataSourceFactory derby;

    @Reference(filter = "(osgi.jndi.service.name=kinerja)")
    DataSource platform;

    @Argument(index = 0, name = "folder", description = "The Derby database folder, e.g. the old data/derby/kinerja", required = true)
    String folder;

    @Option(name = "--replace", description = "Replace every row of the database in use by the Derby database's (otherwise: check only)")
    boolean replace;

    @Override
    public Object execute() throws Exception {
        Path database = Path.of(folder).toAbsolutePath().normalize();
        if (!Files.isRegularFile(database.resolve("service.properties"))) {
            System.out.println("Bukan folder basis data Derby / not a Derby database folder: " + database);
            return null;
        }
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, "jdbc:derby:" + database);
        DataSource source = derby.createDataSource(properties);
        try (Connection from = source.getConnection(); Connection to = platform.getConnection()) {
            String product = to.getMetaData().getDatabaseProductName();
            if (to.getMetaData().getURL() != null && to.getMetaData().getURL().contains(database.toString())) {
                System.out.println("Basis data asal adalah basis data yang sedang dipakai / the source is the database in use");
                return null;
            }
            try {
                if (!replace) {
                    System.out.println("Pemeriksaan / check: " + product + " dapat menerima data dari " + database);
                    for (DatabaseCopy.Step step : DatabaseCopy.check(from, to)) {
                        System.out.println("  " + step.table() + ": " + count(from, step.table()) + " baris / rows");
                    }
                    System.out.println("Semua data di basis data yang sedang dipakai akan diganti. Jalankan lagi dengan --replace "
                            + "/ every row of the database in use will be replaced: run again with --replace");
                    return null;
                }
                Map<String, Long> copied = DatabaseCopy.copy(from, to);
                copied.forEach((table, rows) -> System.out.println("  " + table + ": " + rows + " baris / rows"));
                System.out.println("Data dipindahkan ke " + product + " (" + copied.size() + " tabel). Mulai ulang platform (bin/stop, bin/start) "
                        + "agar setiap modul membaca data yang dipindahkan / moved: restart the platform so that every module reads the moved data.");
            } catch (DatabaseCopy.Refused refused) {
                System.out.println("Ditolak, tidak ada yang ditulis / refused, nothing written: " + refused.getMessage());
            }
        } finally {
            shutdown(database);
        }
        return null;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + DatabaseCopy.tables(c).get(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Closes the Derby database again (Derby answers a shutdown with an exception, as designed). */
    private void shutdown(Path database) {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, "jdbc:derby:" + database + ";shutdown=true");
        try (Connection ignored = derby.createDataSource(properties).getConnection()) {
            // not reached: a shut down database answers SQLState 08006
        } catch (SQLException expected) {
            // 08006: shut down
        }
    }
}
