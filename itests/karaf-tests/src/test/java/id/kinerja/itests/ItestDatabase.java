package id.kinerja.itests;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.ops4j.pax.exam.Option;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the integration tests run on: the distribution's embedded Derby by default, or, with
 * {@code -Dkinerja.itest.database=postgresql}, a real PostgreSQL started from Maven artifacts for the
 * whole run (one server for the test JVM, the database emptied for each container; the platform's
 * datasource file pointed at it, as a city's IT team edits it).
 */
final class ItestDatabase {

    static final String PROPERTY = "kinerja.itest.database";
    private static final String DATASOURCE = "etc/org.ops4j.datasource-kinerja.cfg";
    private static EmbeddedPostgres postgres;

    private ItestDatabase() {
    }

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** The container's datasource settings: none for Derby, the PostgreSQL server's otherwise. */
    static Option[] options() {
        if (!postgresql()) {
            return new Option[0];
        }
        EmbeddedPostgres server = server();
        // each container starts on an empty database, as each starts on a new Derby: asked for the options of
        // the next container (the previous one has stopped), the database is made anew (Pax Exam applies the first
        // container's options to the next ones, so the name stays the same)
        String database = "kinerja";
        try (java.sql.Connection c = server.getPostgresDatabase().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("no database for the test container: " + e.getMessage(), e);
        }
        return new Option[] {
                editConfigurationFilePut(DATASOURCE, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DATASOURCE, "url", server.getJdbcUrl("postgres", database)),
                editConfigurationFilePut(DATASOURCE, "user", "postgres"),
                editConfigurationFilePut(DATASOURCE, "password", "postgres"),
        };
    }

    /** A new empty database on the tests' PostgreSQL server (made anew if it was there): its JDBC address (user and password {@code postgres}). */
    static String emptyDatabase(String database) {
        EmbeddedPostgres server = server();
        try (java.sql.Connection c = server.getPostgresDatabase().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("no database " + database + ": " + e.getMessage(), e);
        }
        return server.getJdbcUrl("postgres", database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL for the tests did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
        }
        return postgres;
    }
}
