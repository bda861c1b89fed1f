package id.kinerja.benchmark.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffCsvService;

/**
 * {@code kinerja:bench-queues --as <officer> --staff 100000}: the lists people work through besides
 * the registry, over HTTP against a point read: a rater's plans waiting for approval and evaluations
 * to rate (a rater of 20, as most are, and one of {@code --big}, a head rating a whole office), and the
 * complaints desk's list, newest first and by status, the personnel office's coaching proposals and
 * the head's notifications. With the registry at {@code --staff} (as {@code kinerja:bench-staff-list}
 * registers them), every staff member of the benchmark's unit gets a submitted plan with two work
 * results, an open evaluation and a coaching proposal, as many complaints are filed and the head has
 * {@value #NOTIFICATIONS} notifications, written straight into the modules' tables (rows of the shape
 * the modules write; a scratch database only). Needs the appraisal (core), {@code kinerja-complaints}
 * and {@code kinerja-coaching}.
 */
@Command(scope = "kinerja", name = "bench-queues", description = "Benchmark: a rater's queues, the complaints desk, coaching proposals and notifications over HTTP against a point read")
@Service
public class QueueBenchmarkCommand implements Action {

    /** Rows the benchmark writes have identities from here on, far above what the platform gave. */
    static final long FIRST_ID = 900_000_000L;
    /** Staff a usual rater rates (a kepala seksi). */
    static final int TEAM = 20;
    /** Team raters whose queues are asked in turn: 20 plans each, 20,000 in all (more than the platform keeps). */
    private static final int ROTATION = 1000;
    /** Notifications of the head who rates a thousand: a few years of one per plan, evaluation and objection. */
    private static final int NOTIFICATIONS = 20_000;
    private static final String[] PROPOSAL_STATUSES = { "OPEN", "ACCEPTED", "DISMISSED" };
    /** The BerAKHLAK values (SKP_BEHAVIOUR.VALUE_CODE), each plan's expected behaviours. */
    private static final String UNIT_GOAL = "Pelayanan kepegawaian yang cepat dan akurat";

    private static final String INDICATOR = "Jumlah berkas yang diselesaikan";

    private static final String[] BEHAVIOURS = { "BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF",
        "KOLABORATIF" };
    private static final String[] COMPLAINT_STATUSES = { "RECEIVED", "VERIFIED", "ASSIGNED", "IN_PROGRESS", "ANSWERED", "CLOSED", "CLOSED",
        "CLOSED", "REJECTED" };

    @Reference
    StaffCsvService csv;

    @Reference
    OrgUnitService units;

    @Reference
    AccessControl access;

    @Reference(filter = "(osgi.jndi.service.name=kinerja)")
    DataSource dataSource;

    @Option(name = "--as", required = true, description = "NIP of a personnel officer (the complaints desk), whose token reads the registry and complaints")
    String officer;

    @Option(name = "--staff", description = "How many staff the registry should have; as many plans, evaluations and complaints (default 100000)")
    int staff = 100_000;

    @Option(name = "--big", description = "Staff the one big rater rates (default 1000)")
    int big = 1000;

    @Option(name = "--clients", description = "Concurrent clients (default 4)")
    int clients = 4;

    @Option(name = "--seconds", description = "Seconds per request kind, each kind warmed up as long first (default 10)")
    int seconds = 10;

    @Option(name = "--port", description = "HTTP port of this platform (default 8181)")
    int port = 8181;

    @Option(name = "--wrk", description = "Write each kind as a script for wrk into this folder instead of measuring (itests/wrk-kinds.sh measures them)")
    String wrk;

    @Option(name = "--only", description = "Measure only the kinds whose name this regular expression finds, e.g. \"point read|one of\""
            + " (to compare two builds of a bundle on one seeded platform, bundle:update between runs)")
    String only;

    @Override
    public Object execute() throws Exception {
        BenchStaff.register(staff, csv, units, dataSource);
        List<String> nips = BenchStaff.nips(dataSource);
        if (nips.size() < big + 2 * TEAM) {
            throw new IllegalStateException("too few staff in " + BenchStaff.UNIT + ": " + nips.size());
        }
        // nips[0] rates the next `big`; after them, the first of every TEAM + 1 rates the other TEAM
        String bigRater = nips.get(0);
        String teamRater = nips.get(big + 1);
        long t0 = System.nanoTime();
        long plans = seedAppraisal(nips);
        long complaints = seedComplaints(nips.size());
        long proposals = seedProposals(nips);
        long told = seedNotifications(bigRater);
        BenchStaff.analyse(dataSource);
        System.out.printf("%d plans and evaluations, %d complaints, %d coaching proposals, %d notifications of the head in place (%.1f s)%n", plans,
                complaints, proposals, told, (System.nanoTime() - t0) / 1e9);

        String desk = access.issueToken(officer, "kinerja:bench-queues");
        String team = access.issueToken(teamRater, "kinerja:bench-queues");
        String head = access.issueToken(bigRater, "kinerja:bench-queues");
        Map<String, HttpLoad.Ask> kinds = new LinkedHashMap<>();
        kinds.put("point read", new HttpLoad.Ask(desk, "/api/v1/staff/" + nips.get(500)));
        kinds.put("plans waiting, rater of " + TEAM, new HttpLoad.Ask(team, "/api/v1/appraisal/plans?limit=20&rater=" + teamRater));
        kinds.put("same, one of " + ROTATION + " teams each time", everyTeam(nips, desk, "plans"));
        kinds.put("plans waiting, rater of " + big, new HttpLoad.Ask(head, "/api/v1/appraisal/plans?limit=20&rater=" + bigRater));
        kinds.put("same, offset " + (big / 2), new HttpLoad.Ask(head, "/api/v1/appraisal/plans?limit=20&offset=" + big / 2 + "&rater=" + bigRater));
        String halfway = new HttpLoad(port, head, 1).next("/api/v1/appraisal/plans?limit=20&offset=" + (big / 2 - 20) + "&rater=" + bigRater);
        kinds.put("same, after the page before", new HttpLoad.Ask(head, "/api/v1/appraisal/plans?limit=20&offset=" + big / 2 + "&rater=" + bigRater
                + "&after=" + halfway));
        kinds.put("to rate, rater of " + TEAM, new HttpLoad.Ask(team, "/api/v1/appraisal/evaluations?limit=20&rater=" + teamRater));
        kinds.put("to rate, one of " + ROTATION + " teams each time", everyTeam(nips, desk, "evaluations"));
        kinds.put("to rate, rater of " + big, new HttpLoad.Ask(head, "/api/v1/appraisal/evaluations?limit=20&rater=" + bigRater));
        kinds.put("complaints, newest", new HttpLoad.Ask(desk, "/api/v1/complaints?limit=20"));
        kinds.put("complaints ASSIGNED", new HttpLoad.Ask(desk, "/api/v1/complaints?limit=20&status=ASSIGNED"));
        kinds.put("same, offset 1000", new HttpLoad.Ask(desk, "/api/v1/complaints?limit=20&offset=1000&status=ASSIGNED"));
        String afterTheFiftieth = new HttpLoad(port, desk, 1).next("/api/v1/complaints?limit=20&offset=980&status=ASSIGNED");
        kinds.put("same, after the 50th page", new HttpLoad.Ask(desk, "/api/v1/complaints?limit=20&offset=1000&status=ASSIGNED&after=" + afterTheFiftieth));
        kinds.put("coaching proposals OPEN", new HttpLoad.Ask(desk, "/api/v1/coaching/proposals?limit=20&status=OPEN"));
        String proposalsAfterTheFiftieth = new HttpLoad(port, desk, 1).next("/api/v1/coaching/proposals?limit=20&offset=980&status=OPEN");
        kinds.put("proposals, after the 50th page", new HttpLoad.Ask(desk, "/api/v1/coaching/proposals?limit=20&offset=1000&status=OPEN&after="
                + proposalsAfterTheFiftieth));
        kinds.put("notifications, head with " + NOTIFICATIONS, new HttpLoad.Ask(head, "/api/v1/notifications?limit=20"));
        String toldAfterTheFiftieth = new HttpLoad(port, head, 1).next("/api/v1/notifications?limit=20&offset=980");
        kinds.put("notifications, after the 50th", new HttpLoad.Ask(head, "/api/v1/notifications?limit=20&offset=1000&after=" + toldAfterTheFiftieth));
        kinds.put("bell: unread count, " + NOTIFICATIONS / 2, new HttpLoad.Ask(head, "/api/v1/notifications/unread-count"));
        kinds.put("notifications, unread only", new HttpLoad.Ask(head, "/api/v1/notifications?limit=20&unread=true"));
        HttpLoad load = new HttpLoad(port, desk, clients).forWrk(wrk);
        System.out.printf("%d staff registered; %s%n", BenchStaff.registered(dataSource), load.how(seconds));
        if (only != null) {
            Pattern kind = Pattern.compile(only);
            kinds.keySet().removeIf(name -> !kind.matcher(name).find());
        }
        load.reportAsked(kinds, seconds);
        return null;
    }

    /**
     * A submitted 2026 plan (two work results, an indicator each, the seven BerAKHLAK behaviours with their
     * expectation) and an open 2026-Q1 evaluation per rated staff member.
     */
    private long seedAppraisal(List<String> nips) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long there = count(c, "SELECT COUNT(*) FROM SKP_PLAN WHERE ID >= " + FIRST_ID);
            if (there > 0) {
                return there; // seeded by an earlier run on this database
            }
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement plan = c.prepareStatement("INSERT INTO SKP_PLAN (ID, NIP, PLAN_YEAR, VERSION, STATUS, UNIT_CODE, RATER_NIP,"
                    + " SUBMITTED_AT, UPDATED_AT, SUBMITTED_CONTENT) VALUES (?, ?, 2026, 1, 'SUBMITTED', ?, ?, ?, ?, ?)");
                    PreparedStatement result = c.prepareStatement("INSERT INTO SKP_WORK_RESULT (ID, PLAN_ID, SORT_ORDER, RESULT_TEXT, UNIT_GOAL)"
                            + " VALUES (?, ?, ?, ?, '" + UNIT_GOAL + "')");
                    PreparedStatement indicator = c.prepareStatement("INSERT INTO SKP_INDICATOR (ID, WORK_RESULT_ID, SORT_ORDER, DESCRIPTION,"
                            + " ASPECT, TARGET, MEASURE_UNIT) VALUES (?, ?, 1, '" + INDICATOR + "', 'QUANTITY', 120, 'berkas')");
                    PreparedStatement behaviour = c.prepareStatement("INSERT INTO SKP_BEHAVIOUR (PLAN_ID, VALUE_CODE, EXPECTATION) VALUES (?, ?, ?)");
                    PreparedStatement evaluation = c.prepareStatement("INSERT INTO SKP_EVALUATION (ID, PLAN_ID, NIP, UNIT_CODE, RATER_NIP,"
                            + " PERIOD_CODE, PERIOD_END, STATUS, UPDATED_AT) VALUES (?, ?, ?, ?, ?, '2026-Q1', ?, 'OPEN', ?)")) {
                long id = FIRST_ID;
                int written = 0;
                for (int i = 1; i < nips.size(); i++) {
                    String rater = raterOf(i, nips);
                    if (rater == null) {
                        continue; // a rater of a team: rated elsewhere
                    }
                    long planId = id++;
                    plan.setLong(1, planId);
                    plan.setString(2, nips.get(i));
                    plan.setString(3, BenchStaff.UNIT);
                    plan.setString(4, rater);
                    plan.setTimestamp(5, Timestamp.from(now.toInstant().minusSeconds(nips.size() - i)));
                    plan.setTimestamp(6, now);
                    // the content a submitted plan keeps in its row, as the platform writes it (the API's JSON of
                    // its work results and behaviours: SubmittedContent in the appraisal module)
                    StringJoiner results = new StringJoiner(",", "{\"workResults\":[", "],");
                    for (int r = 1; r <= 2; r++) {
                        long resultId = id++;
                        long indicatorId = id++;
                        String text = "Hasil kerja " + r + " pegawai " + nips.get(i);
                        result.setLong(1, resultId);
                        result.setLong(2, planId);
                        result.setInt(3, r);
                        result.setString(4, text);
                        result.addBatch();
                        indicator.setLong(1, indicatorId);
                        indicator.setLong(2, resultId);
                        indicator.addBatch();
                        results.add("{\"id\":" + resultId + ",\"text\":\"" + text + "\",\"supportsWorkResultId\":null,\"unitGoal\":\"" + UNIT_GOAL
                                + "\",\"indicators\":[{\"id\":" + indicatorId + ",\"description\":\"" + INDICATOR
                                + "\",\"aspect\":\"QUANTITY\",\"target\":120.0000,\"unit\":\"berkas\"}]}");
                    }
                    StringJoiner behaviours = new StringJoiner(",", "\"behaviours\":[", "]}");
                    for (String value : BEHAVIOURS) {
                        String expectation = "Menunjukkan perilaku " + value.toLowerCase().replace('_', ' ') + " dalam tugas sehari-hari";
                        behaviour.setLong(1, planId);
                        behaviour.setString(2, value);
                        behaviour.setString(3, expectation);
                        behaviour.addBatch();
                        behaviours.add("{\"value\":\"" + value + "\",\"expectation\":\"" + expectation + "\"}");
                    }
                    plan.setString(7, results + behaviours.toString());
                    plan.addBatch();
                    evaluation.setLong(1, id++);
                    evaluation.setLong(2, planId);
                    evaluation.setString(3, nips.get(i));
                    evaluation.setString(4, BenchStaff.UNIT);
                    evaluation.setString(5, rater);
                    evaluation.setDate(6, java.sql.Date.valueOf(LocalDate.of(2026, 3, 31)));
                    evaluation.setTimestamp(7, now);
                    evaluation.addBatch();
                    if (++written % 1000 == 0) {
                        flush(c, plan, result, indicator, behaviour, evaluation);
                    }
                }
                flush(c, plan, result, indicator, behaviour, evaluation);
                return written;
            }
        }
    }

    /**
     * The first page of one team's rater's queue ({@code plans} waiting or {@code evaluations} to rate), another
     * rater each time, in turn: more than the platform keeps of the queues it showed, so that every page is read
     * from the database. Asked with one token (the personnel officer's, who may read any queue): the queue's cost
     * alone, not that of a thousand people's sign-ins.
     */
    private HttpLoad.Ask everyTeam(List<String> nips, String token, String queue) {
        List<String> tokens = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int first = big + 1; first < nips.size() && paths.size() < ROTATION; first += TEAM + 1) {
            String rater = nips.get(first);
            tokens.add(token);
            paths.add("/api/v1/appraisal/" + queue + "?limit=20&rater=" + rater);
        }
        return new HttpLoad.Ask(tokens, paths);
    }

    /** Who rates the staff member at {@code i}; {@code null} for a team's rater. */
    private String raterOf(int i, List<String> nips) {
        if (i <= big) {
            return nips.get(0);
        }
        int first = big + 1 + (i - big - 1) / (TEAM + 1) * (TEAM + 1);
        return i == first ? null : nips.get(first);
    }

    /** {@code count} complaints of the benchmark's unit, one a minute back from now, in every status. */
    private long seedComplaints(int count) throws SQLException {
        String category;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT MIN(CODE) FROM COMPLAINT_CATEGORY")) {
            rs.next();
            category = rs.getString(1);
        }
        Instant now = Instant.now();
        return seed("COMPLAINT", count, "INSERT INTO COMPLAINT (ID, TRACKING_CODE, SECRET_HASH, CATEGORY_CODE, UNIT_CODE, DESCRIPTION, ANONYMOUS,"
                + " CONFIDENTIAL, STATUS, RECEIVED_AT, VERIFY_DUE, ANSWER_DUE, REOPEN_COUNT, UPDATED_AT, RESPONSIBLE_NIPS)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1, 0, ?, ?, ?, ?, 0, ?, '')",
                (insert, i) -> {
                    Timestamp received = Timestamp.from(now.minusSeconds(60L * i));
                    LocalDate day = received.toLocalDateTime().toLocalDate();
                    insert.setString(2, String.format("BENCH-%08d", i));
                    insert.setString(3, "0".repeat(64));
                    insert.setString(4, category);
                    insert.setString(5, BenchStaff.UNIT);
                    insert.setString(6, "Antrean layanan terlalu lama, nomor " + i);
                    insert.setString(7, COMPLAINT_STATUSES[i % COMPLAINT_STATUSES.length]);
                    insert.setTimestamp(8, received);
                    insert.setDate(9, java.sql.Date.valueOf(day.plusDays(3)));
                    insert.setDate(10, java.sql.Date.valueOf(day.plusDays(14)));
                    insert.setTimestamp(11, received);
                });
    }

    /** A coaching proposal for every staff member (open, accepted or dismissed in turn), one a minute back from now. */
    private long seedProposals(List<String> nips) throws SQLException {
        Instant now = Instant.now();
        return seed("COACH_PROPOSAL", nips.size(), "INSERT INTO COACH_PROPOSAL (ID, NIP, UNIT_CODE, PERIOD_CODE, EVALUATION_ID, PREDIKAT,"
                + " BELOW_EXPECTATION, PROGRAM_IDS, COACHING_SUGGESTED, STATUS, CREATED_AT) VALUES (?, ?, ?, '2026-Q1', ?, 'BUTUH_PERBAIKAN',"
                + " 'KOMPETEN', '', 1, ?, ?)", (insert, i) -> {
                    insert.setString(2, nips.get(i));
                    insert.setString(3, BenchStaff.UNIT);
                    insert.setLong(4, FIRST_ID + i);
                    insert.setString(5, PROPOSAL_STATUSES[i % PROPOSAL_STATUSES.length]);
                    insert.setTimestamp(6, Timestamp.from(now.minusSeconds(60L * (nips.size() - i))));
                });
    }

    /** {@value #NOTIFICATIONS} notifications of the head, the older half read, one a minute back from now. */
    private long seedNotifications(String head) throws SQLException {
        Instant now = Instant.now();
        return seed("NOTIFICATION", NOTIFICATIONS, "INSERT INTO NOTIFICATION (ID, NIP, SOURCE, TITLE, TITLE_EN, TEXT, TEXT_EN, LINK, CREATED_AT,"
                + " READ_AT) VALUES (?, ?, 'appraisal', 'SKP menunggu persetujuan Anda', 'A plan awaits your approval', ?, ?, 'penilai', ?, ?)",
                (insert, i) -> {
                    Timestamp created = Timestamp.from(now.minusSeconds(60L * (NOTIFICATIONS - i)));
                    insert.setString(2, head);
                    insert.setString(3, "SKP nomor " + i + " diajukan dan menunggu persetujuan Anda");
                    insert.setString(4, "Plan number " + i + " was submitted and awaits your approval");
                    insert.setTimestamp(5, created);
                    insert.setTimestamp(6, i < NOTIFICATIONS / 2 ? created : null);
                });
    }

    /** The values of the {@code i}-th row of an insert whose first parameter, the identity, is set already. */
    private interface Row {
        void fill(PreparedStatement insert, int i) throws SQLException;
    }

    /**
     * {@code rows} rows written into {@code table} with identities from {@link #FIRST_ID} on, a thousand a
     * transaction; nothing when an earlier run on this database wrote them (how many it did).
     */
    private long seed(String table, int rows, String insertSql, Row row) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long there = count(c, "SELECT COUNT(*) FROM " + table + " WHERE ID >= " + FIRST_ID);
            if (there > 0) {
                return there;
            }
            try (PreparedStatement insert = c.prepareStatement(insertSql)) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, FIRST_ID + i);
                    row.fill(insert, i);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
                return rows;
            }
        }
    }

    private static void flush(Connection c, PreparedStatement... batches) throws SQLException {
        for (PreparedStatement batch : batches) {
            batch.executeBatch();
        }
        c.commit();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
