package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A city that ran on the embedded Derby moves to PostgreSQL as docs/postgresql.md says: the platform
 * stopped, its datasource file pointed at an empty PostgreSQL database, started once (every installed
 * module makes its tables there), {@code kinerja:database-copy-from-derby} with the old Derby folder,
 * restarted: the same people sign in with the same passwords and find the same data, the optional
 * module's included. (A distribution of its own, as README command 1 starts it; Derby execution only.)
 */
public class DatabaseMoveIT {

    static final String ADMIN_PASSWORD = "Admin-DatabaseMoveIT-2026";
    static final String OFFICER = "197903182013102070";
    static final String OFFICER_PASSWORD = "Kinerja-Pindah-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalPlatform platform;

    @After
    public void stop() throws Exception {
        if (platform != null) {
            platform.stop();
        }
    }

    private JsonNode get(String token, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1" + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + ": " + response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void aDerbyCityMovesToPostgresqlWithEveryModulesData() throws Exception {
        platform = LocalPlatform.demoCity("move", ADMIN_PASSWORD, OFFICER);
        // the officer's own password, chosen after the temporary one
        String temporary = platform.temporaryPassword(ADMIN_PASSWORD, OFFICER);
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/auth/password"))
                .header("Authorization", "Bearer " + platform.login(OFFICER, temporary)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"current\":\"" + temporary + "\",\"password\":\"" + OFFICER_PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(changed.body(), changed.statusCode() < 300);
        platform.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-pay", "kinerja-pay");
        String month = YearMonth.now(ZoneId.of("Asia/Jakarta")).minusMonths(1).toString();
        platform.client(ADMIN_PASSWORD, "kinerja:pay-run --as " + OFFICER + " " + month, "TPP " + month);
        String token = platform.login(OFFICER, OFFICER_PASSWORD);
        JsonNode staffBefore = get(token, "/staff?limit=5");
        JsonNode runsBefore = get(token, "/pay/runs");
        JsonNode unitsBefore = get(token, "/units?limit=500");
        assertEquals(1, runsBefore.size());
        platform.stop();

        // docs/postgresql.md: the four lines of the datasource file, then one start on the empty database
        Path datasource = platform.home.resolve("etc/org.ops4j.datasource-kinerja.cfg");
        String url = ItestDatabase.emptyDatabase("kinerja_moved");
        platform.usePostgresql(url);
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();
        String check = platform.client(ADMIN_PASSWORD, "kinerja:database-copy-from-derby data/derby/kinerja", "--replace");
        assertTrue(check, check.contains("STAFF") && check.contains("PAY_RUN"));
        assertEquals("the officer's account is not on the new database yet", 401, HTTP.send(HttpRequest.newBuilder(URI.create(platform.base()
                + "/api/v1/auth/login")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"nip\":\""
                + OFFICER + "\",\"password\":\"" + OFFICER_PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String moved = platform.client(ADMIN_PASSWORD, "kinerja:database-copy-from-derby --replace data/derby/kinerja", "Data dipindahkan ke PostgreSQL");
        assertTrue(moved, moved.contains("PAY_SLIP"));
        platform.stop();
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();

        token = platform.login(OFFICER, OFFICER_PASSWORD);
        JsonNode staffAfter = get(token, "/staff?limit=5");
        assertEquals(staffBefore.get("total"), staffAfter.get("total"));
        assertEquals(staffBefore.get("items"), staffAfter.get("items"));
        assertEquals(unitsBefore, get(token, "/units?limit=500"));
        JsonNode runsAfter = get(token, "/pay/runs");
        assertEquals(runsBefore, runsAfter);
        long run = runsAfter.get(0).get("id").asLong();
        assertEquals(runsBefore.get(0).get("slipCount").asInt(), get(token, "/pay/runs/" + run + "/slips?limit=1").get("total").asInt());
        // new rows go on after the moved ones (identities restarted): a new unit is made
        HttpResponse<String> unit = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/units"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"PINDAH\",\"name\":\"Unit sesudah pindah\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(unit.body(), 201, unit.statusCode());
        // every identity of PostgreSQL goes on after the largest value moved (a write of any module would clash otherwise)
        int identities = 0;
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                java.sql.Statement st = db.createStatement();
                java.sql.ResultSet columns = st.executeQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE is_identity = 'YES' AND table_schema = 'public'")) {
            java.util.List<String[]> all = new java.util.ArrayList<>();
            while (columns.next()) {
                all.add(new String[] { columns.getString(1), columns.getString(2) });
            }
            for (String[] column : all) {
                long largest;
                String sequence;
                try (java.sql.Statement q = db.createStatement(); java.sql.ResultSet rs = q.executeQuery("SELECT COALESCE(MAX(" + column[1]
                        + "), 0), pg_get_serial_sequence('" + column[0] + "', '" + column[1] + "') FROM " + column[0])) {
                    rs.next();
                    largest = rs.getLong(1);
                    sequence = rs.getString(2);
                }
                try (java.sql.Statement q = db.createStatement();
                        java.sql.ResultSet rs = q.executeQuery("SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM " + sequence)) {
                    rs.next();
                    assertTrue(column[0] + "." + column[1] + " goes on after " + largest + " (at " + rs.getLong(1) + ")", rs.getLong(1) >= largest);
                    identities++;
                }
            }
        }
        assertTrue("identity columns checked: " + identities, identities > 10);
        assertTrue("the platform runs on PostgreSQL", Files.readString(datasource).contains("PostgreSQL JDBC Driver"));
        // each of the three starts brought the transaction manager up once, never stopping it again until the
        // platform stopped (before etc/custom.properties told pax-transx to wait for its configuration, some
        // starts restarted it a moment later, and with it the datasource and every JPA unit)
        String log = Files.readString(platform.home.resolve("data/log/karaf.log"));
        assertEquals(log.lines().filter(line -> line.contains("TransactionManager service")).toList().toString(), 3,
                log.lines().filter(line -> line.contains("TransactionManager service detected")).count());
        assertEquals(2, log.lines().filter(line -> line.contains("TransactionManager service lost") && line.contains("FelixStartLevel")).count());
        assertEquals(2, log.lines().filter(line -> line.contains("TransactionManager service lost")).count());
    }
}
