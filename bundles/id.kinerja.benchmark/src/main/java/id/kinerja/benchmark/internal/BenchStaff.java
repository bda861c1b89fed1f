package id.kinerja.benchmark.internal;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffCsvService;

/**
 * The staff the list and queue benchmarks work on: registered with Indonesian names in one unit
 * ({@value #UNIT}) through the registry's CSV import, 10,000 a file, as a city's officer would.
 */
final class BenchStaff {

    static final String UNIT = "BENCHL";
    static final String[] FIRST = { "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hadi", "Indah", "Joko", "Kartini", "Lestari",
        "Made", "Nur", "Oka", "Putri", "Rahmat", "Sari", "Taufik", "Utami", "Wahyu", "Yanti", "Zainal", "Ratna", "Siti", "Bambang", "Dian",
        "Rudi", "Ayu", "Ketut", "Nyoman", "Wayan", "Hendra", "Rina", "Andi", "Yusuf", "Lina", "Fajar", "Intan", "Reza" };
    static final String[] MIDDLE = { "", "", "Dwi", "Tri", "Sri", "Nur", "Eka", "Adi", "Putra", "Ayu", "Kusuma", "Indra" };
    static final String[] FAMILY = { "Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Pardede", "Sinaga", "Tarigan", "Ginting",
        "Sembiring", "Hutapea", "Situmorang", "Panjaitan", "Manurung", "Purba", "Saragih", "Wijaya", "Santoso", "Pratama", "Saputra",
        "Hidayat", "Kurniawan", "Setiawan", "Gunawan", "Wibowo", "Susanto", "Hakim", "Rahman", "Putri", "Lestari", "Suryadi", "Halim",
        "Daulay", "Batubara", "Rangkuti", "Pohan", "Ritonga", "Dalimunthe", "Matondang", "Tanjung" };

    private BenchStaff() {
    }

    /** Registers staff until the registry has {@code count} (a scratch database keeps them for the next run). */
    static void register(int count, StaffCsvService csv, OrgUnitService units, DataSource dataSource) throws SQLException {
        long registered = registered(dataSource);
        if (registered < count) {
            seed(count - (int) registered, csv, units);
            analyse(dataSource);
        }
    }

    /**
     * The database as it is a while after a city's import (of staff, or of a season's plans and complaints by
     * the queues' benchmark), not while it is still writing the import out. On PostgreSQL the tables as its
     * autovacuum leaves them: the rows just written marked visible to all in the visibility map (so that an
     * index-only scan reads the index alone) and their statistics up to date (Derby has neither). On both,
     * a checkpoint: the pages the import changed written to disk now, which the database would otherwise
     * do in the background while the requests are measured (PostgreSQL spreads a checkpoint over minutes;
     * Derby starts one for every 10 MB of its log).
     */
    static void analyse(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean postgresql = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            long t0 = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                if (postgresql) {
                    st.execute("VACUUM ANALYZE");
                    st.execute("CHECKPOINT");
                } else {
                    st.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
                }
            }
            System.out.printf(postgresql ? "PostgreSQL's tables vacuumed and analysed, a checkpoint, in %.1f s%n"
                    : "A checkpoint of Derby in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
    }

    /** How many staff the registry has (the list counts only so far). */
    static long registered(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM STAFF")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The NIPs of the benchmark's unit, in NIP order. */
    static List<String> nips(DataSource dataSource) throws SQLException {
        List<String> nips = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT NIP FROM STAFF WHERE UNIT_CODE = ? ORDER BY NIP")) {
            st.setString(1, UNIT);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    nips.add(rs.getString(1));
                }
            }
        }
        return nips;
    }

    private static void seed(int count, StaffCsvService csv, OrgUnitService units) {
        if (units.find(UNIT).isEmpty()) {
            units.create(new OrgUnit(UNIT, "Unit benchmark daftar", null, null));
        }
        long t0 = System.nanoTime();
        List<String> nips = PayBenchmarkCommand.nips(count + 1_000_000).subList(1_000_000, 1_000_000 + count);
        for (int from = 0; from < count; from += 10_000) {
            StringBuilder file = new StringBuilder("nip,fullName,employmentType,rank,positionName,positionKind,positionClass,unitCode\n");
            for (int i = from; i < Math.min(count, from + 10_000); i++) {
                String middle = MIDDLE[(i / 7) % MIDDLE.length];
                String name = FIRST[i % FIRST.length] + (middle.isEmpty() ? "" : " " + middle) + " " + FAMILY[(i / FIRST.length) % FAMILY.length];
                file.append(nips.get(i)).append(',').append(name).append(",PNS,III/a,Pelaksana,PELAKSANA,").append(1 + i % 17).append(',')
                        .append(UNIT).append('\n');
            }
            csv.importCsv(new StringReader(file.toString()));
        }
        System.out.printf("Registered %d staff in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
    }
}
