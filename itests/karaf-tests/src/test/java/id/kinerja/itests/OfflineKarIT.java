package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.Test;

/**
 * A module reaches a platform that has no Maven repository at all (a city hall without internet):
 * the distribution started as an administrator starts it, its Maven resolution cut off (no remote
 * repository, an empty local one), a vendor's KAR whose bundle no system/ folder has copied into
 * deploy/ and removed again. Only the KAR can have brought the module. And the platform's own first start
 * there needs nothing either: its boot features came installed in its bundle cache.
 */
public class OfflineKarIT {

    static final String ADMIN_PASSWORD = "Admin-OfflineKarIT-2026";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static LocalPlatform platform;

    @Test
    public void aKarInstallsAndLeavesWithoutAnyMavenRepository() throws Exception {
        Path kar = Path.of(System.getProperty("kinerja.kar.itest"));
        assertTrue("the test module's KAR is built: " + kar, Files.isRegularFile(kar));
        platform = LocalPlatform.unpack("offline");
        Path emptyRepository = Files.createDirectories(platform.home.resolve("no-maven-repository"));
        // as on a server without internet: nothing but the platform's own system/ and the KARs it was given
        Files.writeString(platform.home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), String.join("\n",
                "org.ops4j.pax.url.mvn.useFallbackRepositories = false",
                "org.ops4j.pax.url.mvn.offline = true",
                "org.ops4j.pax.url.mvn.localRepository = " + emptyRepository,
                "org.ops4j.pax.url.mvn.repositories =",
                "org.ops4j.pax.url.mvn.defaultRepositories = ${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots, "
                        + "${karaf.data.uri}kar@id=kar.repository@multi@snapshots",
                ""));
        assertFalse("the module is in no system/ folder", Files.exists(platform.home.resolve("system/id/kinerja/id.kinerja.itest.module")));
        // the distribution comes with its boot features installed (README, "Starts"): its first start installs no bundle
        Set<String> cached = cachedBundles();
        assertTrue("the boot features' bundles in data/cache: " + cached.size(), cached.size() > 100);
        platform.start(Map.of("KINERJA_ADMIN_PASSWORD", ADMIN_PASSWORD));
        platform.awaitApi();
        assertEquals("no bundle installed at the first start", cached, cachedBundles());
        assertFalse("the features service had nothing to do", Files.readString(platform.home.resolve("data/log/karaf.log")).contains("Changes to perform"));

        Path deployed = platform.home.resolve("deploy").resolve(kar.getFileName());
        Files.copy(kar, platform.home.resolve(kar.getFileName() + ".part"));
        Files.move(platform.home.resolve(kar.getFileName() + ".part"), deployed, StandardCopyOption.ATOMIC_MOVE);
        assertEquals("the module answers (its echo is public)", 200, awaitStatus("/api/v1/itest-echo", 200));
        assertTrue(platform.client(ADMIN_PASSWORD, "kinerja:modules", "kinerja-itest-module").contains("kinerja-itest-module"));
        try (Stream<Path> downloaded = Files.walk(emptyRepository)) {
            assertEquals("nothing was fetched from a Maven repository", 1, downloaded.count());
        }

        Files.delete(deployed);
        assertEquals("removed with its file", 404, awaitStatus("/api/v1/itest-echo", 404));
        assertEquals("the core answers as before", 401, awaitStatus("/api/v1/staff", 401));
    }

    /** The bundles of Karaf's bundle cache, by their folder and location. */
    private static Set<String> cachedBundles() throws Exception {
        try (Stream<Path> folders = Files.list(platform.home.resolve("data/cache"))) {
            Set<String> bundles = new TreeSet<>();
            for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("bundle.info"))).toList()) {
                bundles.add(folder.getFileName() + " " + Files.readAllLines(folder.resolve("bundle.info")).get(1));
            }
            return bundles;
        }
    }

    private static int awaitStatus(String path, int wanted) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        int status = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                status = HTTP.send(HttpRequest.newBuilder(URI.create(platform.base() + path)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == wanted) {
                    return status;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return status;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (platform != null) {
            platform.stop();
        }
    }
}
