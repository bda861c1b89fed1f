package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Class data sharing, as README command 1's platform does it (bin/setenv, bin/karaf without Karaf's
 * module patches and with Karaf's jars on a relative class path): the distribution comes with the
 * archive its build's start wrote, which the first start checks once and reads its classes from;
 * without it (a data folder of its own) the first start writes the archive of the classes it loaded
 * as its JVM ends, and the next start checks and uses that one; the platform works on them; an archive
 * that does not fit (cut short, as a JVM stopped while writing leaves it, or made by another JDK)
 * never reaches the platform's JVM, which the JDK 17 would abort on.
 */
public class ClassSharingIT {

    static final String ADMIN_PASSWORD = "Admin-ClassSharingIT-2026";
    static final String OFFICER = "197903182013102070";
    static final String OFFICER_PASSWORD = "Sandi-Pegawai-2026";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    LocalPlatform platform;

    @Test
    public void theFirstStartReadsTheClassesTheBuildArchivedAndARestartThoseItArchivedItself() throws Exception {
        platform = LocalPlatform.demoCity("cds", ADMIN_PASSWORD, OFFICER);
        Path folder = platform.home.resolve("data/cds");
        List<Path> adopted = files(folder);
        assertEquals("the distribution's archive, checked and kept under this JDK's name", 1, adopted.size());
        assertTrue(adopted.toString(), adopted.get(0).getFileName().toString().matches("kinerja-\\d+\\.jsa"));
        assertTrue(arguments().toString(), arguments().contains("-XX:SharedArchiveFile=" + adopted.get(0)));
        List<String> arguments = arguments();
        String classPath = arguments.get(arguments.indexOf("-classpath") + 1);
        assertTrue("Karaf's jars relative to the platform's folder: " + classPath, classPath.startsWith("lib/boot/")
                && classPath.contains("lib/boot/org.apache.karaf.main-") && !classPath.contains(platform.home.toString()));
        long shippedStart = sharedClasses();
        assertTrue("classes read from the archives at the first start: " + shippedStart, shippedStart > 5_000);

        // the platform works on them: a password changed, the staff listed
        String temporary = platform.temporaryPassword(ADMIN_PASSWORD, OFFICER);
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/auth/password"))
                .header("Authorization", "Bearer " + platform.login(OFFICER, temporary)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"current\":\"" + temporary + "\",\"password\":\"" + OFFICER_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(changed.body(), changed.statusCode() < 300);
        HttpResponse<String> staff = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/staff?limit=5"))
                .header("Authorization", "Bearer " + platform.login(OFFICER, OFFICER_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(staff.body(), 200, staff.statusCode());
        JsonNode page = JSON.readTree(staff.body());
        assertEquals(staff.body(), 5, page.get("items").size());
        platform.stop();
        assertEquals("nothing written at the stop", adopted, files(folder));

        // without it (as with a data folder of its own): the first start writes one as it ends, the next reads it
        for (Path file : files(folder)) {
            Files.delete(file);
        }
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();
        assertTrue(arguments().toString(), arguments().stream().anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + folder + "/kinerja-")));
        long firstStart = sharedClasses();
        platform.stop();
        List<Path> written = files(folder);
        assertEquals("the archive the first start wrote as it ended", 1, written.size());
        assertTrue(written.toString(), written.get(0).toString().endsWith(".jsa.new") && Files.size(written.get(0)) > 20_000_000);

        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();
        Path archive = Path.of(written.get(0).toString().replaceAll("\\.new$", ""));
        assertEquals("checked once, then kept under its own name", List.of(archive), files(folder));
        assertTrue(arguments().toString(), arguments().contains("-XX:SharedArchiveFile=" + archive));
        long restart = sharedClasses();
        assertTrue("classes read from the archives: " + firstStart + " at the first start (the JDK's own), " + restart + " at the restart",
                restart > 5_000 && restart > 3 * firstStart);
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + "/api/v1/staff?limit=5"))
                .header("Authorization", "Bearer " + platform.login(OFFICER, OFFICER_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        platform.stop();

        // an archive that does not fit this JVM (here cut short): thrown away, the platform starts and writes a new one
        byte[] bytes = Files.readAllBytes(archive);
        Files.delete(archive);
        Files.write(folder.resolve("kinerja.jsa.shipped"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();
        assertTrue(arguments().toString(), arguments().contains("-XX:ArchiveClassesAtExit=" + archive + ".new"));
        assertEquals("the archive that did not fit is gone", List.of(), files(folder));
    }

    /** The platform's JVM: bin/karaf's own process once it has run java, or one it started. */
    private ProcessHandle jvm() {
        return Stream.concat(Stream.of(platform.process().toHandle()), platform.process().descendants())
                .filter(p -> p.info().command().orElse("").endsWith("/java")).findFirst().orElseThrow();
    }

    /**
     * The JVM's arguments as /proc gives them in full: {@code ProcessHandle.Info.arguments()} gives none once
     * the command line is longer than a page (4 KB), which the class path makes it in a deep folder.
     */
    private List<String> arguments() throws Exception {
        String line = Files.readString(Path.of("/proc", String.valueOf(jvm().pid()), "cmdline"), StandardCharsets.UTF_8);
        return List.of(line.split("\0"));
    }

    /** Classes the platform's JVM took from class data sharing archives (its performance counter). */
    private long sharedClasses() throws Exception {
        long pid = jvm().pid();
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid),
                "PerfCounter.print").redirectErrorStream(true).start();
        String counters = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jcmd.waitFor(60, TimeUnit.SECONDS));
        java.util.regex.Matcher shared = java.util.regex.Pattern.compile("java\\.cls\\.sharedLoadedClasses=(\\d+)").matcher(counters);
        assertTrue(counters, shared.find());
        return Long.parseLong(shared.group(1));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @After
    public void stop() throws Exception {
        if (platform != null) {
            platform.stop();
        }
    }
}
