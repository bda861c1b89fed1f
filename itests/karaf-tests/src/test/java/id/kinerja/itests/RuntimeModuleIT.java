package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import id.kinerja.core.api.module.ModuleService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Modules at runtime: installing and removing a module (a test-only feature with one REST
 * resource) while clients keep calling the core, as an admin does with kinerja:module-install.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RuntimeModuleIT extends KinerjaTestSupport {

    static final String MODULE = "kinerja-itest-module";
    static final String MODULE_BUNDLE = "id.kinerja.itest.module";

    @Inject
    FeaturesService features;

    @Inject
    ModuleService modules;

    @Inject
    BundleContext context;

    @Test
    public void theDistributionOffersTheOptionalModulesAndNeverTheBenchmarks() throws Exception {
        awaitApi("/staff");
        java.util.Set<String> offered = new java.util.TreeSet<>();
        expect(200, get("/modules")).get("items").forEach(m -> offered.add(m.get("name").asText()));
        assertTrue(offered.toString(), offered.containsAll(List.of("kinerja-pay", "kinerja-coaching", "kinerja-complaints")));
        assertFalse("a production platform does not offer kinerja-benchmark: " + offered, offered.contains("kinerja-benchmark"));
        assertEquals(null, features.getFeature("kinerja-benchmark"));
    }

    @Test
    public void installAndUninstallAtRuntimeWithoutRestartingOrFailingTheCore() throws Exception {
        awaitApi("/staff");
        features.addRepository(URI.create(System.getProperty("kinerja.itest.features")));
        assertEquals(404, get("/itest-echo").statusCode());
        assertTrue(moduleInstalled(false));

        CoreWatch watch = new CoreWatch(context, Set.of(MODULE_BUNDLE), List.of("/staff?limit=5", "/units", "/modules"));
        try {
            // what kinerja:module-install does
            modules.install(MODULE);
            awaitApi("/itest-echo");
            assertEquals("kinerja-itest-module", expect(200, get("/itest-echo")).get("module").asText());
            assertTrue("GET /modules lists the module as installed", moduleInstalled(true));
            // the module's own permissions arrived with it; an endpoint that declares none is refused to everybody
            assertTrue(get("/security/permissions").body().contains("\"itest.echo\""));
            assertEquals("kinerja-itest-module", expect(200, anonymous("GET", "/itest-echo", null, null)).get("module").asText());
            assertEquals("NOT_DECLARED", expect(403, get("/itest-echo/undeclared")).get("error").asText());
            assertEquals("NOT_DECLARED", expect(403, anonymous("GET", "/itest-echo/undeclared", null, null)).get("error").asText());
            // its page joins the web application's menu of whoever may use it, its files served from its own bundle
            assertTrue(get("/ui/menu").body().contains("\"route\":\"catatan\""));
            java.net.http.HttpResponse<String> page = webFile("/m/itest/notes.js");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

            modules.uninstall(MODULE);
            awaitStatus(404, "/itest-echo");
            assertTrue(moduleInstalled(false));
            // and leaves with it: out of the menu, its files no longer served
            long gone = System.currentTimeMillis() + 10_000;
            while (get("/ui/menu").body().contains("\"route\":\"catatan\"") && System.currentTimeMillis() < gone) {
                Thread.sleep(100);
            }
            assertFalse(get("/ui/menu").body().contains("\"route\":\"catatan\""));
            assertEquals(404, webFile("/m/itest/notes.js").statusCode());
        } finally {
            watch.close();
        }

        assertTrue("the core was called during install and uninstall", watch.calls.get() > 10);
        assertEquals("requests to the core failed meanwhile", List.of(), watch.failures);
        assertEquals("bundles stopped (refreshed) by installing/uninstalling the module", List.of(), watch.disturbed);
    }

    /** A file of the web application ({@code /app...}). */
    static java.net.http.HttpResponse<String> webFile(String path) throws Exception {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(URI.create(api("").replace("/api/v1", "/app") + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** A module's data and its administrator's configuration stay when it is removed, and are there again when it is back. */
    @Test
    public void removingAModuleKeepsItsDataAndConfiguration() throws Exception {
        awaitApi("/staff");
        features.addRepository(URI.create(System.getProperty("kinerja.itest.features")));
        modules.install(MODULE);
        awaitApi("/itest-echo");
        assertEquals("the feature's default configuration", "halo", expect(200, get("/itest-echo")).get("greeting").asText());
        expect(200, send("POST", "/itest-notes", "text/plain", "catatan sebelum dicopot"));
        // the city narrows who may use the module: its grants are data, kept while the module is away
        adminConsole("kinerja:role-revoke PUBLIC itest.notes", "dicabut");
        assertEquals("LOGIN_REQUIRED", expect(401, anonymous("GET", "/itest-notes", null, null)).get("error").asText());
        assertEquals("PERMISSION_DENIED", expect(403, get("/itest-notes")).get("error").asText());
        adminConsole("kinerja:role-grant PERSONNEL_OFFICER itest.notes", "diberikan");
        assertTrue(adminConsole("kinerja:roles", "PERSONNEL_OFFICER").contains("itest.notes"));
        String log = get("/security/audit?limit=500").body();
        assertTrue(log, log.contains("\"administrator\":\"platform\",\"method\":\"CONSOLE\",\"path\":\"declared itest.notes for PUBLIC\""));
        assertTrue(log, log.contains("\"method\":\"CONSOLE\",\"path\":\"kinerja:role-revoke PUBLIC itest.notes\""));
        assertTrue(log, log.contains("\"method\":\"CONSOLE\",\"path\":\"kinerja:role-grant PERSONNEL_OFFICER itest.notes\""));

        // the administrator changes the module's setting in its file in etc/, as the README tells them to
        // (an administrator edits it minutes after the install; a test does it at once, so it first waits until
        // Karaf's file watcher has taken the file over: an edit before that was written over by the feature's default)
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("karaf.etc"), "id.kinerja.itest.module.cfg");
        awaitWatchedFile("id.kinerja.itest.module");
        // written whole beside etc/, then moved in: Karaf's watcher that reads a file while it is half written
        // (truncated, not yet filled) takes an empty configuration and writes it back over the edit
        java.nio.file.Path edited = java.nio.file.Files.writeString(file.getParent().resolveSibling("itest-module.cfg.tmp"),
                java.nio.file.Files.readString(file).replace("greeting = halo", "greeting = selamat pagi"));
        java.nio.file.Files.move(edited, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        awaitGreeting("selamat pagi");
        modules.uninstall(MODULE);
        awaitStatus(404, "/itest-notes");
        modules.install(MODULE);
        awaitApi("/itest-notes");
        assertEquals("[\"catatan sebelum dicopot\"]", expect(200, get("/itest-notes")).toString());
        assertEquals("the module's default grant did not come back", 401, anonymous("GET", "/itest-notes", null, null).statusCode());
        assertEquals("the administrator's configuration survived", "selamat pagi", expect(200, get("/itest-echo")).get("greeting").asText());
        modules.uninstall(MODULE);
        awaitStatus(404, "/itest-echo");
    }

    /** Waits (10 s at most) until a configuration is the one of its file in etc/, as Karaf's file watcher holds it. */
    private void awaitWatchedFile(String pid) throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> reference = context
                .getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.ConfigurationAdmin admin = context.getService(reference);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                org.osgi.service.cm.Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
                if (found != null && found[0].getProperties() != null && found[0].getProperties().get("felix.fileinstall.filename") != null) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the file watcher did not take " + pid + " over in 10 s");
        } finally {
            context.ungetService(reference);
        }
    }

    private static void awaitGreeting(String greeting) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        String last = null;
        while (System.currentTimeMillis() < deadline) {
            last = json(get("/itest-echo")).get("greeting").asText();
            if (greeting.equals(last)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(greeting, last);
    }

    private static boolean moduleInstalled(boolean expected) throws Exception {
        JsonNode modules = expect(200, get("/modules")).get("items");
        boolean found = false;
        for (JsonNode m : modules) {
            if (MODULE.equals(m.get("name").asText())) {
                found = true;
                if (m.get("installed").asBoolean() != expected) {
                    return false;
                }
            }
        }
        return found;
    }
}
