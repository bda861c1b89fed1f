package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two nodes on one PostgreSQL database behind HAProxy on the loopback, set up as docs/cluster.md says
 * (distributions of their own, as README command 1 starts them; the Derby execution only). Proven:
 * both start at once on an empty database (one migrates at a time, one signing key); a token signed
 * by one node is taken by the other; a role given or taken back on one node holds on the other at
 * once; a change of a staff member written on one node is read on the other at once (no shared cache
 * on a cluster's nodes); a module installed on one node while requests flow through the load balancer
 * is installed on the other, without a failed request; a setting changed on one node holds on the
 * other; the complaints' deadline watch warns once, by one node at a time; a month's pay run asked of
 * both nodes at once runs once, and when its node is killed mid-run the other resumes and completes it.
 */
public class ClusterIT {

    static final String ADMIN_PASSWORD = "Admin-ClusterIT-2026";
    static final String OFFICER = "197903182013102070";
    static final String OFFICER_PASSWORD = "Kinerja-Klaster-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalPlatform a;
    private LocalPlatform b;

    @After
    public void stop() throws Exception {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        for (LocalPlatform node : new LocalPlatform[] { a, b }) {
            if (node != null) {
                node.stop();
            }
        }
    }

    private Process haproxy;

    private static HttpResponse<String> call(LocalPlatform node, String token, String method, String path, String json) throws Exception {
        return call(node.base(), token, method, path, json);
    }

    private static HttpResponse<String> call(String base, String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        return expect(200, response);
    }

    /** A node of the cluster: its own distribution, the cluster's database, marked a cluster node (no shared cache). */
    private static LocalPlatform node(String name, String url) throws Exception {
        LocalPlatform node = LocalPlatform.unpack(name);
        node.usePostgresql(url);
        Files.writeString(node.home.resolve("etc/system.properties"), "\n# a node of a cluster (docs/cluster.md)\nkinerja.cluster = true\n",
                java.nio.file.StandardOpenOption.APPEND);
        return node;
    }

    @Test
    public void twoNodesOnOneDatabaseCannotBeToldApart() throws Exception {
        String url = ItestDatabase.emptyDatabase("kinerja_cluster");
        a = node("cluster-a", url);
        b = node("cluster-b", url);
        // both at once on the empty database: every module's migrations and the signing key made once
        a.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        b.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        a.awaitApi();
        b.awaitApi();

        a.client(ADMIN_PASSWORD, "kinerja:demo-load", "Demo data loaded");
        // a role given on A holds on B at once
        a.client(ADMIN_PASSWORD, "kinerja:role-assign " + OFFICER + " PERSONNEL_OFFICER", "diberikan");

        String temporary = a.temporaryPassword(ADMIN_PASSWORD, OFFICER);
        HttpResponse<String> changed = call(a, a.login(OFFICER, temporary), "POST", "/auth/password",
                "{\"current\":\"" + temporary + "\",\"password\":\"" + OFFICER_PASSWORD + "\"}");
        assertTrue(changed.body(), changed.statusCode() < 300);
        String fromA = a.login(OFFICER, OFFICER_PASSWORD);
        String fromB = b.login(OFFICER, OFFICER_PASSWORD);
        // a token signed by one node is taken by the other
        JsonNode onB = ok(call(b, fromA, "GET", "/staff?limit=5", null));
        assertEquals(ok(call(a, fromB, "GET", "/staff?limit=5", null)), onB);

        // a change written on A is read on B at once, though B read the person just before
        String nip = onB.get("items").get(0).get("nip").asText();
        ObjectNode person = (ObjectNode) ok(call(b, fromB, "GET", "/staff/" + nip, null));
        String renamed = person.get("fullName").asText() + " Siregar";
        person.put("fullName", renamed);
        ok(call(a, fromA, "PUT", "/staff/" + nip, person.toString()));
        assertEquals(renamed, ok(call(b, fromB, "GET", "/staff/" + nip, null)).get("fullName").asText());
        assertEquals(renamed, ok(call(b, fromA, "GET", "/staff?limit=5&q=" + nip, null)).get("items").get(0).get("fullName").asText());

        // a role taken back on B no longer holds on A
        b.client(ADMIN_PASSWORD, "kinerja:role-unassign " + OFFICER + " PERSONNEL_OFFICER", "dicabut");
        assertEquals(403, call(a, fromA, "GET", "/staff?limit=5", null).statusCode());
        a.client(ADMIN_PASSWORD, "kinerja:role-assign " + OFFICER + " PERSONNEL_OFFICER", "diberikan");

        String balancer = loadBalancer();
        String token = fromB;
        assertEquals(nip, ok(call(balancer, token, "GET", "/staff/" + nip, null)).get("nip").asText());
        moduleInstalledOnOneNodeIsInstalledOnTheOther(balancer, token, nip);
        settingsAndTheDeadlineWatch(url, balancer, token);
        aPayRunRunsOnceAndMovesWhenItsNodeDies(token);
    }

    /** HAProxy on the loopback before both nodes (round robin, each node's /health checked every second): its address. */
    private String loadBalancer() throws Exception {
        int port = LocalPlatform.freePort();
        java.nio.file.Path config = a.home.resolveSibling("haproxy.cfg");
        Files.writeString(config, String.join("\n", "global", "  maxconn 256", "defaults", "  mode http", "  timeout connect 5s",
                "  timeout client 120s", "  timeout server 120s", "frontend kinerja", "  bind 127.0.0.1:" + port, "  default_backend nodes",
                "backend nodes", "  balance roundrobin", "  option httpchk GET /health",
                "  server a 127.0.0.1:" + a.httpPort + " check inter 1s", "  server b 127.0.0.1:" + b.httpPort + " check inter 1s", ""));
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(a.home.resolveSibling("haproxy.out").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return base;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("HAProxy did not answer: " + Files.readString(a.home.resolveSibling("haproxy.out")));
    }

    /** Requests through the load balancer (a list, a person, a change) until stopped: the answers that were not 200. */
    private static final class Traffic implements AutoCloseable {
        final java.util.List<String> failed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        final java.util.concurrent.atomic.AtomicInteger answered = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean running = true;
        private final Thread thread;

        Traffic(String base, String token, String nip) {
            thread = new Thread(() -> {
                int i = 0;
                while (running) {
                    try {
                        HttpResponse<String> response = switch (i++ % 3) {
                            case 0 -> call(base, token, "GET", "/staff?limit=5", null);
                            case 1 -> call(base, token, "GET", "/staff/" + nip, null);
                            default -> call(base, token, "GET", "/units", null);
                        };
                        answered.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failed.add(response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        failed.add(e.toString());
                    }
                }
            });
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(60_000);
        }
    }

    /** A module installed on A while requests flow through the load balancer: B installs it too, no request fails. */
    private void moduleInstalledOnOneNodeIsInstalledOnTheOther(String balancer, String token, String nip) throws Exception {
        try (Traffic traffic = new Traffic(balancer, token, nip)) {
            Thread.sleep(1000);
            a.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-complaints", "kinerja-complaints");
            awaitStatus(b, token, "/complaints?limit=1", 200);
            for (int i = 0; i < 6; i++) {
                ok(call(balancer, token, "GET", "/complaints?limit=1", null));
            }
            Thread.sleep(1000);
            traffic.close();
            assertTrue("requests answered meanwhile: " + traffic.answered, traffic.answered.get() > 50);
            assertEquals("failed requests while the cluster installed a module", java.util.List.of(), traffic.failed);
        }
        String modules = b.client(ADMIN_PASSWORD, "kinerja:modules", "kinerja-complaints");
        assertTrue(modules, modules.lines().anyMatch(line -> line.contains("kinerja-complaints") && line.contains("Started")));
    }

    /** Waits up to a minute until a node answers {@code path} with {@code status}. */
    private static void awaitStatus(LocalPlatform node, String token, String path, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = call(node, token, "GET", path, null);
            if (response.statusCode() == status) {
                return;
            }
            last = response.statusCode() + " " + response.body();
            Thread.sleep(250);
        }
        throw new AssertionError(node.base() + path + " did not answer " + status + " within a minute; last: " + last);
    }

    /**
     * A setting changed on A (Karaf's config:property-set) holds on B; with a long warning period the
     * deadline watch of both nodes (every second) warns of a new complaint once. While "another node"
     * (this test) holds the watch's lock, neither node warns.
     */
    private void settingsAndTheDeadlineWatch(String url, String balancer, String token) throws Exception {
        String filed = ok201(call(balancer, null, "POST", "/public/complaints", "{\"categoryCode\":\"KEBERSIHAN\",\"description\":"
                + "\"Sampah di Jalan Sudirman belum diangkut seminggu\",\"anonymous\":true}")).get("trackingCode").asText();
        long id = -1;
        for (JsonNode c : ok(call(balancer, token, "GET", "/complaints?limit=100", null)).get("items")) {
            id = filed.equals(c.get("trackingCode").asText()) ? c.get("id").asLong() : id;
        }
        assertTrue("the complaint is in the staff's list", id > 0);
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
                java.sql.PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(5463752, ?)")) {
            lock.setInt(1, "complaints.deadline-watch".hashCode());
            lock.executeQuery().close();
            a.client(ADMIN_PASSWORD, "config:property-set -p id.kinerja.complaints warningWorkingDays 100", "");
            a.client(ADMIN_PASSWORD, "config:property-set -p id.kinerja.complaints deadlineCheckSeconds 1", "");
            java.nio.file.Path onB = b.home.resolve("etc/id.kinerja.complaints.cfg");
            long deadline = System.currentTimeMillis() + 30_000;
            while (!(Files.exists(onB) && Files.readString(onB).matches("(?s).*deadlineCheckSeconds\\s*=\\s*1\\b.*"))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertTrue("the settings written on A are B's within 30 s", Files.exists(onB) && Files.readString(onB).contains("warningWorkingDays"));
            Thread.sleep(5000); // both nodes' watches ran several times meanwhile
            assertEquals("no warning while another node holds the deadline watch", 0, warnings(balancer, token, id));
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (warnings(balancer, token, id) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(4000);
        assertEquals("one warning, by one of the two nodes", 1, warnings(balancer, token, id));
    }

    private static int warnings(String balancer, String token, long complaint) throws Exception {
        return ok(call(balancer, token, "GET", "/complaints/" + complaint, null)).get("history").toString().split("\"WARNING\"", -1).length - 1;
    }

    private static JsonNode ok201(HttpResponse<String> response) throws Exception {
        assertEquals(response.uri() + ": " + response.body(), 201, response.statusCode());
        return JSON.readTree(response.body());
    }

    /**
     * The pay module installed on B (A follows); 8,000 more staff; a month's run asked of both nodes at
     * once runs once (the other 409 RUN_IN_PROGRESS), its progress the same on both; its node killed
     * after a chunk or more: the other node resumes it when the lease runs out and completes it, each
     * person once.
     */
    private void aPayRunRunsOnceAndMovesWhenItsNodeDies(String token) throws Exception {
        b.client(ADMIN_PASSWORD, "kinerja:module-install kinerja-pay", "kinerja-pay");
        awaitStatus(a, token, "/pay/runs", 200);
        a.client(ADMIN_PASSWORD, "kinerja:unit-add KLASTER \"Unit uji klaster\"", "dibuat");
        StringBuilder csv = new StringBuilder("nip,fullName,employmentType,rank,positionName,positionKind,positionClass,unitCode\n");
        for (int i = 0; i < 8000; i++) {
            csv.append(String.format("1980%02d%02d2005031%03d", 1 + i / 28 / 999 % 12, 1 + i / 999 % 28, 1 + i % 999)).append(",Pegawai ").append(i)
                    .append(",PNS,III/a,Pelaksana,PELAKSANA,").append(1 + i % 17).append(",KLASTER\n");
        }
        java.nio.file.Path file = a.home.resolve("data/tmp/pegawai.csv").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv);
        a.client(ADMIN_PASSWORD, "kinerja:staff-import " + file, "Imported 8000 rows");
        String month = "{\"month\":\"2026-05\"}";

        LocalPlatform computing = null;
        LocalPlatform other = null;
        JsonNode before = null;
        for (int attempt = 1; attempt <= 3 && before == null; attempt++) {
            if (attempt == 1) {
                // asked of both nodes at once: one computes, the other answers 409
                java.util.concurrent.CompletableFuture<HttpResponse<String>> onA = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> quietly(() -> call(a, token, "POST", "/pay/runs?background=true", month)));
                HttpResponse<String> onB = call(b, token, "POST", "/pay/runs?background=true", month);
                HttpResponse<String> fromA = onA.get(120, java.util.concurrent.TimeUnit.SECONDS);
                java.util.List<Integer> statuses = java.util.List.of(fromA.statusCode(), onB.statusCode());
                assertTrue("one computes, one refuses: " + fromA.body() + " / " + onB.body(), statuses.contains(202) && statuses.contains(409));
                HttpResponse<String> refused = fromA.statusCode() == 409 ? fromA : onB;
                assertEquals("RUN_IN_PROGRESS", JSON.readTree(refused.body()).get("error").asText());
                computing = fromA.statusCode() == 202 ? a : b;
                other = computing == a ? b : a;
            } else {
                // it completed before it could be killed: a correction, and computed again on the same node
                expect(201, call(computing, token, "POST", "/pay/discipline-events", "[{\"nip\":\"" + OFFICER + "\",\"date\":\"2026-05-0"
                        + (attempt + 3) + "\",\"kind\":\"ABSENT\"}]"));
                expect(202, call(computing, token, "POST", "/pay/runs?background=true", month));
            }
            long deadline = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < deadline) {
                JsonNode run = null;
                for (JsonNode r : ok(call(other, token, "GET", "/pay/runs", null))) {
                    run = "2026-05".equals(r.get("month").asText()) ? r : run;
                }
                JsonNode progress = run.get("computing");
                if (progress == null || progress.isNull()) {
                    break; // done already
                }
                if (progress.get("slipsWritten").asInt() >= 1000) {
                    computing.kill();
                    before = run;
                    break;
                }
                Thread.sleep(10);
            }
        }
        assertTrue("the run always completed before its node could be killed", before != null);
        JsonNode progress = before.get("computing");
        assertTrue("the other node shows the progress: " + before, progress.get("running").asBoolean());
        int slips = progress.get("slipsToWrite").asInt();
        assertTrue(before.toString(), slips > 8000);
        long runId = before.get("id").asLong();

        // the lease (30 s) runs out; the other node resumes after the slips written and completes the run
        long deadline = System.currentTimeMillis() + 120_000;
        JsonNode run = before;
        while (run.hasNonNull("computing") && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            run = ok(call(other, token, "GET", "/pay/runs/" + runId, null));
        }
        assertTrue("completed by the other node within two minutes: " + run, !run.hasNonNull("computing"));
        assertEquals(slips, run.get("slipCount").asInt());
        String[] rows = call(other, token, "GET", "/pay/runs/" + runId + "/export", null).body().strip().split("\r?\n");
        assertEquals(slips + 2, rows.length);
        assertEquals("each person once", slips, java.util.Arrays.stream(rows, 1, rows.length - 1).map(r -> r.substring(0, r.indexOf(','))).distinct().count());
        assertTrue("the other node says it resumed the run", Files.readString(other.home.resolve("data/log/karaf.log")).contains("resumed here"));
    }

    private interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private static HttpResponse<String> quietly(Call call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.uri() + ": " + response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }
}
