package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The power cut in the middle of a pay run: the distribution is started as an administrator starts
 * it ({@code bin/karaf server}), a month's recompute is killed with SIGKILL after more than a chunk
 * of slips was committed, and the platform is started again. The earlier draft must be whole (no
 * half-written slips visible), and computing again must resume after the slips already written and
 * complete the run, without duplicates. Not a Pax Exam test: the process itself must die.
 */
public class PayRunCrashIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int STAFF = 8000;
    static final String ACTOR = "197001011995031001";

    LocalPlatform platform;
    Path home;
    int httpPort;
    int sshPort;
    /** The officer's token, once they logged in. */
    String token;
    /** The console administrator's password, printed once at the first start. */
    String adminPassword;

    @Test
    public void aKilledRunLeavesTheEarlierDraftWholeAndResumes() throws Exception {
        platform = LocalPlatform.unpack("crash");
        home = platform.home;
        httpPort = platform.httpPort;
        sshPort = platform.sshPort;
        start();
        consoleIsTheAdministratorsOnly();
        seed();
        client("kinerja:module-install kinerja-pay", "Started");
        awaitOk("/pay/policies", p -> p.size() > 0);

        JsonNode first = expect(201, post("/pay/runs", "application/json", "{\"month\":\"2026-05\"}"));
        long runId = first.get("id").asLong();
        assertEquals(STAFF + 1, first.get("slipCount").asInt());
        BigDecimal firstTotal = new BigDecimal(first.get("total").asText());

        // a correction comes in; the recompute is killed half-way (retried if this machine is too fast to catch it)
        JsonNode interrupted = null;
        for (int attempt = 1; attempt <= 3 && interrupted == null; attempt++) {
            expect(201, post("/pay/discipline-events", "application/json", "[{\"nip\":\"" + ACTOR + "\",\"date\":\"2026-05-0" + (attempt + 3)
                    + "\",\"kind\":\"ABSENT\"}]"));
            CompletableFuture<HttpResponse<String>> recompute = HTTP.sendAsync(request("/pay/runs").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"month\":\"2026-05\"}")).build(), HttpResponse.BodyHandlers.ofString());
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && !recompute.isDone()) {
                JsonNode run = expect(200, get("/pay/runs/" + runId));
                if (run.hasNonNull("computing") && run.get("computing").get("slipsWritten").asInt() >= 1000) {
                    kill();
                    interrupted = run;
                    break;
                }
                Thread.sleep(10);
            }
            if (interrupted == null) {
                expect(201, recompute.get(60, TimeUnit.SECONDS)); // completed before it could be killed: try again
            }
        }
        assertNotNull("the recompute always completed before it could be killed", interrupted);

        start();
        assertEquals("the administrator's password is printed once, at the first start only", 1,
                Files.readString(home.resolve("console.out")).split("console administrator account created", -1).length - 1);
        awaitOk("/pay/policies", p -> p.size() > 0);
        JsonNode afterCrash = expect(200, get("/pay/runs/" + runId));
        int written = afterCrash.get("computing").get("slipsWritten").asInt();
        assertTrue("chunks committed before the kill are kept: " + afterCrash, written >= 1000 && written < STAFF + 1);
        // nothing of the interrupted computation is visible: the draft before it is whole
        assertEquals(STAFF + 1, afterCrash.get("slipCount").asInt());
        assertEquals(first.get("total").asText(), afterCrash.get("total").asText());
        assertEquals(first.get("computedAt").asText(), afterCrash.get("computedAt").asText());
        assertEquals(STAFF + 1, expect(200, get("/pay/runs/" + runId + "/slips?limit=1")).get("total").asInt());
        assertEquals(STAFF + 3, get("/pay/runs/" + runId + "/export").body().strip().split("\r?\n").length);
        assertEquals("RUN_COMPUTING", expect(409, post("/pay/runs/" + runId + "/check", "application/json", "")).get("error").asText());

        // computing again resumes after what was written and completes the run, each person once
        JsonNode resumed = expect(201, post("/pay/runs", "application/json", "{\"month\":\"2026-05\"}"));
        assertEquals(runId, resumed.get("id").asLong());
        assertEquals(written, resumed.get("resumedAfter").asInt());
        assertTrue(resumed.toString(), !resumed.hasNonNull("computing"));
        assertEquals(STAFF + 1, resumed.get("slipCount").asInt());
        String[] rows = get("/pay/runs/" + runId + "/export").body().strip().split("\r?\n");
        assertEquals(STAFF + 3, rows.length);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < rows.length - 1; i++) {
            sum = sum.add(new BigDecimal(rows[i].substring(rows[i].lastIndexOf(',') + 1)));
        }
        assertEquals(new BigDecimal(resumed.get("total").asText()), sum);
        // the actor's absences cost 3% each of the discipline part (class 12: 40% of 4,750,000 = 1,900,000 -> 57,000 a day)
        JsonNode slip = expect(200, get("/pay/slips/" + ACTOR + "/2026-05"));
        assertTrue(slip.toString(), slip.get("lines").get(2).get("rule").asText().contains("tanpa keterangan"));
        assertTrue("the run shows the correction: " + firstTotal + " -> " + resumed.get("total").asText(),
                new BigDecimal(resumed.get("total").asText()).compareTo(firstTotal) < 0);
        assertEquals("CHECKED", expect(200, post("/pay/runs/" + runId + "/check", "application/json", "")).get("status").asText());
    }

    @After
    public void stop() throws Exception {
        if (platform != null) {
            platform.stop();
        }
    }

    void start() throws Exception {
        platform.start(java.util.Map.of());
        awaitServed("/staff");
    }

    /** Waits (up to 3 minutes) until the API serves {@code path}: 401 without a token, 200 with one. */
    void awaitServed(String path) throws Exception {
        await(path, response -> response.statusCode() == (token == null ? 401 : 200));
    }

    /** SIGKILL to the platform's JVM: no shutdown hook, no orderly close of the database. */
    void kill() throws InterruptedException {
        platform.kill();
    }

    /** A console command through {@code bin/client}, as an administrator runs it; its output must contain {@code expected}. */
    String client(String command, String expected) throws Exception {
        return platform.client(adminPassword, command, expected);
    }

    Process clientProcess(String user, String password, String command) throws IOException {
        return platform.clientProcess(user, password, command);
    }

    /**
     * The console is the platform's master key: it listens on this machine only (as do the JMX
     * ports), knows no default password (the one made at the first start is printed once on the
     * console), and the JVM has a heap ceiling.
     */
    void consoleIsTheAdministratorsOnly() throws Exception {
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("user admin, password (\\S+)")
                .matcher(Files.readString(home.resolve("console.out")));
        assertTrue("the first start prints the administrator's password", printed.find());
        adminPassword = printed.group(1);
        assertTrue("only its digest is kept", !Files.readString(home.resolve("etc/users.properties")).contains(adminPassword));
        Process guess = clientProcess("admin", "admin", "kinerja:roles");
        String refused = new String(guess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(guess.waitFor(60, TimeUnit.SECONDS));
        assertTrue("admin/admin must not open the console: " + refused, guess.exitValue() != 0 && !refused.contains("PERSONNEL_OFFICER"));
        client("kinerja:roles", "PERSONNEL_OFFICER");

        java.util.Properties management = new java.util.Properties();
        try (var in = Files.newInputStream(home.resolve("etc/org.apache.karaf.management.cfg"))) {
            management.load(in);
        }
        List<String> ssh = listeningAddresses(sshPort);
        assertTrue("SSH listens, on loopback only: " + ssh, !ssh.isEmpty() && ssh.stream().allMatch(PayRunCrashIT::loopback));
        // JMX starts its connector in the background (and may not at all): whatever of it listens, listens on loopback
        for (String port : new String[] { "rmiRegistryPort", "rmiServerPort" }) {
            List<String> bound = listeningAddresses(Integer.parseInt(management.getProperty(port).strip()));
            assertTrue(port + " on loopback only: " + bound, bound.stream().allMatch(PayRunCrashIT::loopback));
        }
        assertTrue("the web server listens on every interface by default", listeningAddresses(httpPort).stream().noneMatch(PayRunCrashIT::loopback));

        StringBuilder command = new StringBuilder();
        for (ProcessHandle process : (Iterable<ProcessHandle>) java.util.stream.Stream.concat(java.util.stream.Stream.of(platform.process().toHandle()),
                platform.process().descendants())::iterator) {
            Path cmdline = Path.of("/proc", String.valueOf(process.pid()), "cmdline");
            if (Files.exists(cmdline)) {
                command.append(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ')).append('\n');
            }
        }
        assertTrue("the platform's JVM has a heap ceiling: " + command, command.toString().contains("-Xmx1536m"));
        assertTrue("the collector aims at short pauses: " + command, command.toString().contains("-XX:MaxGCPauseMillis=10"));
        assertTrue("the compilers wait for more calls than their default: " + command, command.toString().contains("-XX:CompileThresholdScaling=4"));
    }

    /** The local addresses (hex, as the kernel lists them) that listen on a TCP port. */
    static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new java.util.ArrayList<>();
        String hexPort = String.format("%04X", port);
        for (String table : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length > 3 && columns[1].endsWith(":" + hexPort) && "0A".equals(columns[3])) {
                    addresses.add(columns[1].substring(0, columns[1].indexOf(':')));
                }
            }
        }
        return addresses;
    }

    static boolean loopback(String hex) {
        return hex.equals("0100007F") || hex.equals("0000000000000000FFFF00000100007F") || hex.equals("00000000000000000000000001000000");
    }

    /**
     * A new city set up as its administrator does: a unit and the staff (the officer first) from the
     * console, the officer given the role PERSONNEL_OFFICER and a temporary password, which they
     * change at their first login over HTTP.
     */
    void seed() throws Exception {
        client("kinerja:unit-add CRASH \"Unit uji\"", "dibuat");
        StringBuilder csv = new StringBuilder("nip,fullName,employmentType,rank,positionName,positionKind,positionClass,unitCode\n");
        csv.append(ACTOR).append(",Petugas BKPSDM,PNS,IV/a,Kepala Bidang,ADMINISTRATOR,12,CRASH\n");
        for (int i = 0; i < STAFF; i++) {
            csv.append(String.format("1980%02d%02d2005031%03d", 1 + i / 28 / 999 % 12, 1 + i / 999 % 28, 1 + i % 999)).append(",Pegawai ").append(i)
                    .append(",PNS,III/a,Pelaksana,PELAKSANA,").append(1 + i % 17).append(",CRASH\n");
        }
        Path file = home.resolve("data/tmp/pegawai.csv").toAbsolutePath();
        Files.writeString(file, csv);
        client("kinerja:staff-import " + file, "Imported " + (STAFF + 1) + " rows");
        client("kinerja:role-assign " + ACTOR + " PERSONNEL_OFFICER", "diberikan");
        String reset = client("kinerja:password-reset " + ACTOR, "Kata sandi sementara");
        java.util.regex.Matcher temporary = java.util.regex.Pattern.compile(ACTOR + ": (\\S+)").matcher(reset);
        assertTrue(reset, temporary.find());
        JsonNode login = expect(200, post("/auth/login", "application/json",
                "{\"nip\":\"" + ACTOR + "\",\"password\":\"" + temporary.group(1) + "\"}"));
        assertTrue(login.toString(), login.get("mustChangePassword").asBoolean());
        token = login.get("token").asText();
        assertEquals("PASSWORD_CHANGE_REQUIRED", expect(403, get("/staff?limit=1")).get("error").asText());
        token = expect(200, post("/auth/password", "application/json", "{\"current\":\"" + temporary.group(1)
                + "\",\"password\":\"Crash-Officer-2026\"}")).get("token").asText();
        // asked near its end, a long list is counted exactly
        assertEquals(STAFF + 1, expect(200, get("/staff?limit=1&offset=" + STAFF)).get("total").asInt());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/api/v1" + path))
                .timeout(Duration.ofMinutes(5));
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return HTTP.send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), status, response.statusCode());
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    /** Waits (up to 3 minutes) until {@code path} answers 200 with a body that passes {@code check}. */
    void awaitOk(String path, java.util.function.Predicate<JsonNode> check) throws Exception {
        await(path, response -> response.statusCode() == 200 && check.test(JSON.readTree(response.body())));
    }

    /** An answer the platform is waited for. */
    interface Awaited {
        boolean test(HttpResponse<String> response) throws IOException;
    }

    /** Waits (up to 3 minutes) until {@code path} gives an answer that passes {@code done}. */
    void await(String path, Awaited done) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                // a short timeout while waiting: a connection the starting web server accepted may be dropped unanswered
                HttpResponse<String> response = HTTP.send(request(path).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (done.test(response)) {
                    return;
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(200);
        }
        fail("the platform in " + home + " did not answer " + path + " in time; last: " + last);
    }
}
