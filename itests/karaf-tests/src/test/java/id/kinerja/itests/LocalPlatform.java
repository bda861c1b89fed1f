package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The distribution archive unpacked as an administrator would (ports of its own), started with
 * {@code bin/karaf server} and used through {@code bin/client}: for tests whose platform must be a
 * real process (killed, or driven by a browser), not a Pax Exam container.
 */
final class LocalPlatform {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path home;
    final int httpPort;
    final int sshPort;
    private Process karaf;

    /** The console's login check, which logs why it refused a login at DEBUG. */
    private static final String SSH_AUTHENTICATOR = "org.apache.karaf.shell.ssh.KarafJaasAuthenticator";

    private LocalPlatform(Path home, int httpPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
    }

    /** Unpacks the archive the build made into {@code target/<folder>/<time>}. */
    static LocalPlatform unpack(String folder) throws Exception {
        String archive = System.getProperty("kinerja.distribution");
        assertTrue("the distribution archive is missing: " + archive, archive != null && new File(archive).isFile());
        Path target = Files.createDirectories(Path.of("target", folder, String.valueOf(System.currentTimeMillis()))).toAbsolutePath();
        run(new ProcessBuilder("tar", "-xzf", new File(archive).getAbsolutePath(), "-C", target.toString()), 120);
        try (var entries = Files.list(target)) {
            Path root = entries.findFirst().orElseThrow();
            int httpPort = freePort();
            int sshPort = freePort();
            replace(root.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port = 8181", "org.osgi.service.http.port = " + httpPort);
            replace(root.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + sshPort);
            replace(root.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099", "rmiRegistryPort = " + freePort());
            replace(root.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort = 44444", "rmiServerPort = " + freePort());
            // why the console refused a login, if it does (Karaf logs the reason at DEBUG only)
            Files.writeString(root.resolve("etc/org.ops4j.pax.logging.cfg"), "\nlog4j2.logger.sshlogin.name = " + SSH_AUTHENTICATOR
                    + "\nlog4j2.logger.sshlogin.level = DEBUG\n", StandardOpenOption.APPEND);
            return new LocalPlatform(root, httpPort, sshPort);
        }
    }

    /** The archive's files under {@code path} unpacked over this platform's, as unpacking a newer archive over it does. */
    void unpackOver(String path) throws Exception {
        String archive = System.getProperty("kinerja.distribution");
        String top = home.getFileName().toString();
        run(new ProcessBuilder("tar", "-xzf", new File(archive).getAbsolutePath(), "-C", home.toString(), "--strip-components=1",
                top + "/" + path), 120);
    }

    /**
     * A platform started as README command 1 starts it, with the console administrator's password
     * given, the demo city loaded and {@code officer} made personnel officer.
     */
    static LocalPlatform demoCity(String folder, String adminPassword, String officer) throws Exception {
        return demoCity(folder, adminPassword, officer, Map.of());
    }

    /** The demo city with these files written into {@code etc/} before the start (a city's settings, e.g. its SMTP server). */
    static LocalPlatform demoCity(String folder, String adminPassword, String officer, Map<String, String> etc) throws Exception {
        LocalPlatform platform = unpack(folder);
        for (Map.Entry<String, String> file : etc.entrySet()) {
            Files.writeString(platform.home.resolve("etc").resolve(file.getKey()), file.getValue());
        }
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", adminPassword));
        try {
            platform.awaitApi();
            platform.client(adminPassword, "kinerja:demo-load", "Demo data loaded");
            platform.client(adminPassword, "kinerja:role-assign " + officer + " PERSONNEL_OFFICER", "diberikan");
            return platform;
        } catch (Exception | Error failed) {
            platform.stop();
            throw failed;
        }
    }

    /**
     * The four lines of the datasource file that docs/postgresql.md names, pointed at a database of
     * the tests' PostgreSQL server (user and password {@code postgres}).
     */
    void usePostgresql(String url) throws IOException {
        Path datasource = home.resolve("etc/org.ops4j.datasource-kinerja.cfg");
        Files.writeString(datasource, Files.readString(datasource)
                .replace("osgi.jdbc.driver.name = derby", "osgi.jdbc.driver.name = PostgreSQL JDBC Driver")
                .replaceAll("(?m)^url = .*$", java.util.regex.Matcher.quoteReplacement("url = " + url + "\nuser = postgres\npassword = postgres")));
    }

    /** {@code bin/karaf server} with these environment variables, its output appended to {@code console.out}. */
    Process start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.out").toFile()));
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        karaf = builder.start();
        return karaf;
    }

    Process process() {
        return karaf;
    }

    /** SIGKILL to the platform's JVM: no shutdown hook, no orderly close of the database. */
    void kill() throws InterruptedException {
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        karaf.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * An orderly stop (killed after a minute), returning once the platform's JVM has ended: the
     * script {@code bin/karaf} ends at once, the JVM it started takes its time to close the database.
     */
    void stop() throws Exception {
        if (karaf != null && karaf.isAlive()) {
            java.util.List<ProcessHandle> jvms = karaf.descendants().toList();
            jvms.forEach(ProcessHandle::destroy);
            karaf.destroy();
            long deadline = System.currentTimeMillis() + 60_000;
            for (ProcessHandle jvm : jvms) {
                try {
                    jvm.onExit().get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException stuck) {
                    jvm.destroyForcibly();
                    jvm.onExit().get(30, TimeUnit.SECONDS);
                }
            }
            if (!karaf.waitFor(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }

    /** {@code bin/client} running one command as {@code user}. */
    Process clientProcess(String user, String password, String command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u", user, "-p",
                password, "-r", "3", "-d", "2", command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    /**
     * A console command as the administrator runs it; what it prints must contain {@code expected}.
     * A login the console refuses is tried again twice, 3 s apart (the command has not run then): a
     * freshly started platform refused its first login once in a CI run, with the account in place
     * and no reason logged; the failure now names the reasons the platform logged.
     */
    String client(String password, String command, String expected) throws Exception {
        for (int attempt = 1; ; attempt++) {
            Process process = clientProcess("admin", password, command);
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("timed out: " + command, process.waitFor(180, TimeUnit.SECONDS));
            boolean loginRefused = process.exitValue() != 0 && out.contains("No more authentication methods available");
            if (loginRefused && attempt < 3) {
                Thread.sleep(3_000);
                continue;
            }
            assertEquals(command + ": " + out + (loginRefused ? loginRefusals() : ""), 0, process.exitValue());
            assertTrue(command + ": " + out, out.contains(expected));
            return out;
        }
    }

    /** The reasons the platform logged for refusing console logins, and whether the account is in its file. */
    private String loginRefusals() throws IOException {
        String account = Files.readAllLines(home.resolve("etc/users.properties")).stream().map(String::strip)
                .filter(line -> line.startsWith("admin")).findFirst().map(line -> line.replaceAll("\\{CRYPT}\\w+\\{CRYPT}", "{CRYPT}…{CRYPT}"))
                .orElse("(no admin account)");
        Path log = home.resolve("data/log/karaf.log");
        String reasons = Files.exists(log) ? Files.readAllLines(log).stream().filter(line -> line.contains("User authentication failed"))
                .collect(java.util.stream.Collectors.joining("\n")) : "(no log)";
        return "\nusers.properties: " + account + "\nrefusals logged:\n" + reasons;
    }

    /**
     * Waits until the API answers (401 to an anonymous list of staff), at most 3 minutes, asking every
     * 50 ms. Until then the platform may not listen yet or answer the documented 503 in JSON, nothing
     * else: no web server's 404 while the API is not mapped yet, no error. Every start of a test that
     * runs a real platform is such a check.
     */
    void awaitApi() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        String last = "";
        java.util.List<String> wrong = new java.util.ArrayList<>();
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/staff"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 401) {
                    assertEquals("answers other than 503 (JSON) while the platform started", java.util.List.of(), wrong);
                    return;
                }
                boolean starting = response.statusCode() == 503
                        && response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
                if (!starting && wrong.size() < 20) {
                    wrong.add(last);
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the platform did not serve the API in time; last: " + last + "; its threads: " + threadDump());
    }

    /**
     * The platform JVM's threads, written to {@code threads.txt} in its home (where {@code .ci/diagnose}
     * finds it beside the log): what a start that never ends waits for.
     */
    String threadDump() {
        if (karaf == null) {
            return "(not started)";
        }
        Path dump = home.resolve("threads.txt");
        try {
            for (ProcessHandle jvm : karaf.descendants().toList()) {
                ProcessBuilder jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(jvm.pid()), "Thread.print").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dump.toFile()));
                jcmd.start().waitFor(60, TimeUnit.SECONDS);
            }
            return dump.toString();
        } catch (IOException | InterruptedException e) {
            return "(none: " + e + ")";
        }
    }

    /** {@code kinerja:password-reset}: the temporary password it prints. */
    String temporaryPassword(String adminPassword, String nip) throws Exception {
        String out = client(adminPassword, "kinerja:password-reset " + nip, "Kata sandi sementara");
        Matcher temporary = Pattern.compile(nip + ": (\\S+)").matcher(out);
        assertTrue(out, temporary.find());
        return temporary.group(1);
    }

    /** A bearer token of a person signing in. */
    String login(String nip, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"nip\":\"" + nip + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body()).get("token").asText();
    }

    String base() {
        return "http://localhost:" + httpPort;
    }

    static String run(ProcessBuilder builder, int seconds) throws Exception {
        Process process = builder.redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue("timed out: " + builder.command(), process.waitFor(seconds, TimeUnit.SECONDS));
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(builder.command() + ": " + text, 0, process.exitValue());
        return text;
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(file + " has no '" + from + "'", text.contains(from));
        Files.writeString(file, text.replace(from, to));
    }

    /** The next port {@link #freePort} tries (from a random place: two runs one after the other try different ports). */
    private static int nextPort = (int) (Math.random() * 6_000);

    /**
     * A port free now, each once per run, in 26000–31999: below the kernel's range for outgoing
     * connections (32768–60999 on Linux, where a port found free could be given to a connection before
     * the platform binds it) and apart from the test containers' ports (20000–25999,
     * {@code KinerjaContainer}), so that a platform never starts on a port another has just been given.
     */
    static synchronized int freePort() throws IOException {
        for (int tried = 0; tried < 6_000; tried++) {
            int port = 26_000 + nextPort++ % 6_000;
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // in use: the next
            }
        }
        throw new IOException("no free port in 26000-31999");
    }
}
