package id.kinerja.benchmark.internal;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.db.SchemaMigrator;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffCsvService;

/**
 * {@code kinerja:bench-pay --staff 10000 --month 2026-03}: seeds N staff (through the registry's CSV
 * import), a final predikat for each and attendance events (through the pay module's CSV import),
 * then times the pay run over HTTP and a raw JDBC baseline that reads the same inputs and writes the
 * same rows into tables of the same shape, a warm-up round and then {@code --rounds} measured rounds,
 * and prints the median slips per second and the ratio. The predikat are written straight
 * into the appraisal table (marked {@code benchmark}): creating 100,000 plans and evaluations through
 * the API would take hours. Needs the module {@code kinerja-pay}; meant for a scratch database.
 */
@Command(scope = "kinerja", name = "bench-pay", description = "Benchmark: TPP run of N staff against a raw JDBC baseline")
@Service
public class PayBenchmarkCommand implements Action {

    static final String UNIT = "BENCH";
    static final String[] PREDIKAT = { "SANGAT_BAIK", "BAIK", "BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG_MISCONDUCT", "SANGAT_KURANG" };

    @Reference
    StaffCsvService csv;

    @Reference
    OrgUnitService units;

    @Reference
    SchemaMigrator migrator;

    @Reference(filter = "(osgi.jndi.service.name=kinerja)")
    DataSource dataSource;

    @Reference
    org.osgi.framework.BundleContext context;

    @Reference
    AccessControl access;

    @Option(name = "--as", required = true, description = "NIP of the personnel officer (role PERSONNEL_OFFICER) who computes the runs")
    String officer;

    @Option(name = "--staff", description = "How many staff (default 10000)")
    int staff = 10_000;

    @Option(name = "--month", description = "The month to run, e.g. 2026-03 (its run must not be closed)")
    String month = "2026-03";

    @Option(name = "--rounds", description = "Measured rounds after a warm-up round; the median counts (default 3)")
    int rounds = 3;

    @Option(name = "--port", description = "HTTP port of this platform (default 8181)")
    int port = 8181;

    @Option(name = "--wrk", description = "Write each kind as a script for wrk into this folder instead of measuring (itests/wrk-kinds.sh measures them)")
    String wrk;

    @Override
    public Object execute() throws Exception {
        YearMonth ym = YearMonth.parse(month);
        migrator.migrate("benchmark", context.getBundle(), "db/benchmark");
        List<String> nips = nips(staff);
        long t0 = System.nanoTime();
        seedStaff(nips);
        seedPredikat(nips, ym);
        String actor = access.issueToken(officer, "kinerja:bench-pay");
        int events = seedEvents(nips, ym, actor);
        System.out.printf("Seeded %d staff, %d predikat, %d attendance events in %.1f s%n", nips.size(), nips.size(), events, seconds(t0));

        List<Double> paySeconds = new ArrayList<>();
        List<Double> baselineSeconds = new ArrayList<>();
        int slips = 0;
        long runId = 0;
        int baselineRows = 0;
        for (int round = 0; round <= rounds; round++) {
            long t1 = System.nanoTime();
            HttpResponse<String> run = http(actor, "/api/v1/pay/runs", "application/json", "{\"month\":\"" + ym + "\"}");
            double payRun = seconds(t1);
            if (run.statusCode() != 201) {
                System.out.println("The pay run failed: HTTP " + run.statusCode() + " " + run.body());
                return null;
            }
            slips = Integer.parseInt(run.body().replaceAll(".*\"slipCount\":(\\d+).*", "$1"));
            runId = Long.parseLong(run.body().replaceAll("^\\{\"id\":(\\d+).*", "$1"));
            long t2 = System.nanoTime();
            baselineRows = baseline(ym);
            double baseline = seconds(t2);
            System.out.printf("%s: pay run %.2f s, baseline %.2f s%n", round == 0 ? "Warm-up" : "Round " + round, payRun, baseline);
            if (round > 0) {
                paySeconds.add(payRun);
                baselineSeconds.add(baseline);
            }
        }
        double payRun = median(paySeconds);
        double baseline = median(baselineSeconds);
        System.out.printf("Pay run:       %d slips in %.2f s = %.0f slips/s (median of %d rounds)%n", slips, payRun, slips / payRun, rounds);
        System.out.printf("JDBC baseline: %d slips in %.2f s = %.0f slips/s (median of %d rounds)%n", baselineRows, baseline,
                baselineRows / baseline, rounds);
        System.out.printf("Ratio (pay run speed / baseline speed): %.2f (target >= 0.50)%n", (slips / payRun) / (baselineRows / baseline));
        // the run's slips as the treasury pages through them, against a person's slip
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        kinds.put("a slip", "/api/v1/pay/slips/" + nips.get(nips.size() / 2) + "/" + ym);
        kinds.put("first page", "/api/v1/pay/runs/" + runId + "/slips?limit=20");
        kinds.put("page 51", "/api/v1/pay/runs/" + runId + "/slips?limit=20&offset=1000");
        HttpLoad load = new HttpLoad(port, actor, 4).forWrk(wrk);
        System.out.printf("A run of %d slips paged; %s%n", slips, load.how(5));
        load.report(kinds, 5);
        return null;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Valid, distinct NIPs: birth dates from 1970 on, TMT CPNS at 22 years, male and female. */
    static List<String> nips(int n) {
        List<String> nips = new ArrayList<>(n);
        LocalDate birth = LocalDate.of(1970, 1, 1);
        for (int i = 0; nips.size() < n; i++) {
            LocalDate born = birth.plusDays(i / 900);
            LocalDate tmt = born.plusYears(22);
            int gender = 1 + (i % 900) / 450;
            int sequence = 1 + (i % 450);
            nips.add(String.format("%04d%02d%02d%04d%02d%d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                    tmt.getYear(), tmt.getMonthValue(), gender, sequence));
        }
        return nips;
    }

    private void seedStaff(List<String> nips) throws SQLException {
        if (units.find(UNIT).isEmpty()) {
            units.create(new OrgUnit(UNIT, "Unit benchmark", null));
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM STAFF WHERE UNIT_CODE = ?")) {
            st.setString(1, UNIT);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getLong(1) == nips.size()) {
                    return; // seeded by an earlier run on this database
                }
            }
        }
        // 10,000 a file, as a city's officer would import a large registry
        for (int from = 0; from < nips.size(); from += 10_000) {
            StringBuilder file = new StringBuilder("nip,fullName,employmentType,rank,positionName,positionKind,positionClass,unitCode\n");
            for (int i = from; i < Math.min(nips.size(), from + 10_000); i++) {
                file.append(nips.get(i)).append(",Pegawai Benchmark ").append(i).append(",PNS,III/a,Pelaksana,PELAKSANA,")
                        .append(1 + i % 17).append(',').append(UNIT).append('\n');
            }
            csv.importCsv(new StringReader(file.toString()));
        }
    }

    private void seedPredikat(List<String> nips, YearMonth month) throws SQLException {
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        LocalDate end = YearMonth.of(month.getYear(), quarter * 3).atEndOfMonth();
        String period = month.getYear() + "-Q" + quarter;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM SKP_PREDIKAT WHERE REASON = 'benchmark'")) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO SKP_PREDIKAT (NIP, UNIT_CODE, PERIOD_CODE, PERIOD_END, PREDIKAT,"
                    + " HASIL_KERJA, PERILAKU, PREDIKAT_SOURCE, EVALUATION_ID, DECIDED_AT, REASON, IN_FORCE)"
                    + " VALUES (?, ?, ?, ?, ?, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'EVALUATION', 0, CURRENT_TIMESTAMP, 'benchmark', 1)")) {
                for (int i = 0; i < nips.size(); i++) {
                    insert.setString(1, nips.get(i));
                    insert.setString(2, UNIT);
                    insert.setString(3, period);
                    insert.setDate(4, java.sql.Date.valueOf(end.isAfter(month.atEndOfMonth()) ? month.atEndOfMonth() : end));
                    insert.setString(5, PREDIKAT[i % PREDIKAT.length]);
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    private int seedEvents(List<String> nips, YearMonth month, String actor) throws Exception {
        int count = 0;
        // files of 150,000 people at most: the import takes files up to 20 MB
        for (int from = 0; from < nips.size(); from += 150_000) {
            StringBuilder file = new StringBuilder("nip,date,kind,minutes\n");
            for (int i = from; i < Math.min(nips.size(), from + 150_000); i += 3) {
                file.append(nips.get(i)).append(',').append(month.atDay(2)).append(",LATE,").append(10 + i % 100).append('\n');
                file.append(nips.get(i)).append(',').append(month.atDay(3)).append(",ABSENT,\n");
                count += 2;
            }
            HttpResponse<String> response = http(actor, "/api/v1/pay/discipline-events/import", "text/csv", file.toString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Seeding attendance failed: HTTP " + response.statusCode() + " " + response.body());
            }
        }
        return count;
    }

    /**
     * Reads the same inputs as a pay run (staff as on the month's end with their later changes, the
     * latest predikat, the month's events), computes the same kind of figures and writes a run, its
     * slips and three lines each with rule texts like the pay run's, into tables of the same shape,
     * replacing the previous ones, in JDBC batches of 500 and one transaction.
     */
    private int baseline(YearMonth month) throws SQLException {
        java.sql.Date monthEnd = java.sql.Date.valueOf(month.atEndOfMonth());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            Map<String, String> predikat = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT NIP, PREDIKAT, PERIOD_CODE FROM SKP_PREDIKAT WHERE IN_FORCE = 1 AND PERIOD_END <= ?")) {
                st.setDate(1, monthEnd);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        predikat.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            Map<String, Integer> deduction = new HashMap<>();
            Map<String, StringBuilder> reasons = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT NIP, KIND, MINUTES, EVENT_DATE FROM PAY_DISCIPLINE_EVENT WHERE EVENT_MONTH = ?")) {
                st.setString(1, month.toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        boolean absent = "ABSENT".equals(rs.getString(2));
                        int bp = absent ? 300 : rs.getInt(3) <= 30 ? 50 : 100;
                        deduction.merge(rs.getString(1), bp, Integer::sum);
                        reasons.computeIfAbsent(rs.getString(1), k -> new StringBuilder()).append(rs.getDate(4))
                                .append(absent ? " tanpa keterangan: " : " terlambat " + rs.getInt(3) + " menit: ").append(bp / 100.0).append("%; ");
                    }
                }
            }
            Map<String, String> laterStatus = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT H.NIP, H.OLD_VALUE FROM STAFF_HISTORY H JOIN STAFF S ON S.NIP = H.NIP"
                    + " WHERE H.EFFECTIVE_DATE > ? AND H.RECORDED_AT > S.CREATED_AT AND H.KIND = 'STATUS' ORDER BY H.RECORDED_AT DESC")) {
                st.setDate(1, monthEnd);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        laterStatus.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            for (String table : List.of("BENCH_SLIP_LINE", "BENCH_SLIP", "BENCH_RUN")) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table)) {
                    delete.executeUpdate();
                }
            }
            int rows = 0;
            BigDecimal total = BigDecimal.ZERO;
            try (PreparedStatement run = c.prepareStatement("INSERT INTO BENCH_RUN (ID, RUN_MONTH, SCOPE, STATUS, POLICY_NAME, SLIP_COUNT, TOTAL,"
                    + " COMPUTED_AT, COMPUTED_BY) VALUES (1, ?, '*', 'DRAFT', 'baseline', 0, 0, CURRENT_TIMESTAMP, 'baseline')")) {
                run.setString(1, month.toString());
                run.executeUpdate();
            }
            try (PreparedStatement staffQuery = c.prepareStatement("SELECT NIP, FULL_NAME, UNIT_CODE, POSITION_CLASS, STATUS FROM STAFF ORDER BY NIP");
                    PreparedStatement slip = c.prepareStatement("INSERT INTO BENCH_SLIP (ID, RUN_ID, SLIP_MONTH, NIP, FULL_NAME, UNIT_CODE,"
                            + " POSITION_CLASS, PREDIKAT, TOTAL) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement line = c.prepareStatement("INSERT INTO BENCH_SLIP_LINE (SLIP_ID, LINE_NO, CODE, AMOUNT, RULE_TEXT) VALUES (?, ?, ?, ?, ?)");
                    ResultSet rs = staffQuery.executeQuery()) {
                while (rs.next()) {
                    String nip = rs.getString(1);
                    String status = laterStatus.getOrDefault(nip, rs.getString(5));
                    int positionClass = rs.getInt(4);
                    BigDecimal base = "ACTIVE".equals(status) ? BigDecimal.valueOf(1_500_000L + 500_000L * positionClass) : BigDecimal.ZERO;
                    BigDecimal performance = base.multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
                    BigDecimal discipline = base.subtract(performance).multiply(BigDecimal.valueOf(10_000 - deduction.getOrDefault(nip, 0)))
                            .divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP);
                    rows++;
                    slip.setLong(1, rows);
                    slip.setString(2, month.toString());
                    slip.setString(3, nip);
                    slip.setString(4, rs.getString(2));
                    slip.setString(5, rs.getString(3));
                    slip.setInt(6, positionClass);
                    slip.setString(7, predikat.get(nip));
                    slip.setBigDecimal(8, performance.add(discipline));
                    slip.addBatch();
                    total = total.add(performance).add(discipline);
                    String[][] lines = { { "BASE", base.toPlainString(), "TPP dasar kelas jabatan " + positionClass + " (kebijakan baseline)" },
                            { "PERFORMANCE", performance.toPlainString(), "60% untuk kinerja x 100% (predikat " + predikat.get(nip) + ")" },
                            { "DISCIPLINE", discipline.toPlainString(), "40% untuk disiplin, potongan " + deduction.getOrDefault(nip, 0) / 100.0
                                    + "%" + (reasons.containsKey(nip) ? ": " + reasons.get(nip) : "") } };
                    for (int i = 0; i < lines.length; i++) {
                        line.setLong(1, rows);
                        line.setInt(2, i + 1);
                        line.setString(3, lines[i][0]);
                        line.setBigDecimal(4, new BigDecimal(lines[i][1]));
                        line.setString(5, lines[i][2]);
                        line.addBatch();
                    }
                    if (rows % 500 == 0) {
                        slip.executeBatch();
                        line.executeBatch();
                    }
                }
                slip.executeBatch();
                line.executeBatch();
            }
            try (PreparedStatement run = c.prepareStatement("UPDATE BENCH_RUN SET SLIP_COUNT = ?, TOTAL = ? WHERE ID = 1")) {
                run.setInt(1, rows);
                run.setBigDecimal(2, total);
                run.executeUpdate();
            }
            c.commit();
            return rows;
        }
    }

    /** A POST with the officer's token. */
    private HttpResponse<String> http(String token, String path, String contentType, String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofHours(1))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
