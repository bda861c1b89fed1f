import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashSet;

/**
 * How long the staff registry's V7 (the pairs of name words made anew from the words kept) takes on a
 * registry of N staff: a words table as the registry keeps it, filled with the names of the benchmark's
 * staff (id.kinerja.benchmark's BenchStaff: first name, a middle name for 10 of 12, family name), then
 * V7's own script for that database, statement by statement. Run by itests/pairs-migration-bench.sh.
 *
 *   java -cp <driver jar> PairsMigration.java <staff> <script> <jdbc url>
 */
public class PairsMigration {

    static final String[] FIRST = { "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah", "Joko", "Kartini", "Lestari",
        "Made", "Nur", "Oka", "Putri", "Rahmat", "Sari", "Taufik", "Utami", "Wahyu", "Yanti", "Zainal", "Ratna", "Siti", "Bambang", "Dian",
        "Rudi", "Ayu", "Ketut", "Nyoman", "Wayan", "Hendra", "Rina", "Andi", "Yusuf", "Lina", "Fajar", "Intan", "Reza" };
    static final String[] MIDDLE = { "", "", "Dwi", "Tri", "Sri", "Nur", "Eka", "Adi", "Putra", "Ayu", "Kusuma", "Indra" };
    static final String[] FAMILY = { "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Pardede", "Sinaga", "Tarigan", "Ginting",
        "Sembiring", "Hutapea", "Situmorang", "Panjaitan", "Manurung", "Purba", "Saragih", "Wijaya", "Santoso", "Pratama", "Saputra",
        "Hidayat", "Kurniawan", "Setiawan", "Gunawan", "Wibowo", "Susanto", "Hakim", "Rahman", "Putri", "Lestari", "Suryadi", "Halim",
        "Daulay", "Batubara", "Rangkuti", "Pohan", "Ritonga", "Dalimunthe", "Matondang", "Tanjung" };

    public static void main(String[] args) throws Exception {
        int staff = Integer.parseInt(args[0]);
        String script = Files.readString(Path.of(args[1]));
        boolean postgresql = args[2].startsWith("jdbc:postgresql:");
        try (Connection c = DriverManager.getConnection(args[2], System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE STAFF_NAME_WORD (NIP VARCHAR(18) NOT NULL, WORD VARCHAR(60)" + (postgresql ? " COLLATE \"C\"" : "")
                    + " NOT NULL, FULL_NAME VARCHAR(200) NOT NULL, CONSTRAINT PK_STAFF_NAME_WORD PRIMARY KEY (NIP, WORD))");
            st.execute("CREATE TABLE STAFF_NAME_PAIR (NIP VARCHAR(18) NOT NULL)");
            c.setAutoCommit(false);
            long started = System.nanoTime();
            long words = fill(c, staff);
            st.execute("CREATE INDEX IX_STAFF_NAME_WORD_SEARCH ON STAFF_NAME_WORD (WORD, FULL_NAME, NIP)");
            if (postgresql) {
                st.execute("ANALYZE STAFF_NAME_WORD");
            }
            c.commit();
            System.out.printf("%,d staff, %,d words (%.1f s to write them)%n", staff, words, (System.nanoTime() - started) / 1e9);
            // V7 runs in one transaction, as the registry's migrator runs a script
            started = System.nanoTime();
            for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (statement.isBlank()) {
                    continue;
                }
                long at = System.nanoTime();
                int rows = st.executeUpdate(statement.strip());
                String[] head = statement.strip().split("\\s+", 4);
                System.out.printf("%7.1f s  %s %s %s%s%n", (System.nanoTime() - at) / 1e9, head[0], head[1], head[2],
                        rows > 0 ? String.format(" (%,d rows)", rows) : "");
            }
            c.commit();
            System.out.printf("V7 on %,d staff: %.1f s%n", staff, (System.nanoTime() - started) / 1e9);
        }
    }

    /** The words of each name, lower case, once per name, as the registry keeps them; returns how many. */
    private static long fill(Connection c, int staff) throws SQLException {
        long words = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO STAFF_NAME_WORD (NIP, WORD, FULL_NAME) VALUES (?, ?, ?)")) {
            for (int i = 0; i < staff; i++) {
                String middle = MIDDLE[(i / 7) % MIDDLE.length];
                String name = FIRST[i % FIRST.length] + (middle.isEmpty() ? "" : " " + middle) + " " + FAMILY[(i / FIRST.length) % FAMILY.length];
                String nip = String.format("19%016d", i);
                for (String word : new LinkedHashSet<>(Arrays.asList(name.toLowerCase(java.util.Locale.ROOT).split(" ")))) {
                    insert.setString(1, nip);
                    insert.setString(2, word);
                    insert.setString(3, name);
                    insert.addBatch();
                    words++;
                }
                if (i % 5_000 == 4_999) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return words;
    }
}
