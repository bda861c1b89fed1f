package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ways a Karaf administrator installs and removes a module, each while a client reads from and
 * writes to the core: no core request may fail and no bundle but the module's own may stop (a refresh
 * of the core's bundles would stop them).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class KarafRoutesIT extends KinerjaTestSupport {

    /** Each optional module, with the bundles it brings and an endpoint of its own. */
    static final Map<String, List<String>> MODULES = Map.of(
            "kinerja-pay", List.of("/pay/runs", "id.kinerja.pay", "org.apache.pdfbox", "org.apache.pdfbox.fontbox"),
            "kinerja-coaching", List.of("/coaching/programs", "id.kinerja.coaching"),
            "kinerja-complaints", List.of("/complaints", "id.kinerja.complaints"));

    @Inject
    FeaturesService features;

    @Inject
    BundleContext context;

    @Inject
    org.apache.karaf.kar.KarService kars;

    /**
     * Plain {@code feature:install} and {@code feature:uninstall}, with Karaf's default of refreshing
     * what the resolver finds wired otherwise than it would wire it now.
     */
    @Test
    public void plainFeatureInstallAndUninstallRefreshNothingOfTheCore() throws Exception {
        unitToRename();
        for (Map.Entry<String, List<String>> module : MODULES.entrySet()) {
            String endpoint = module.getValue().get(0);
            Set<String> own = Set.copyOf(module.getValue().subList(1, module.getValue().size()));
            CoreWatch watch = new CoreWatch(context, own, List.of("/staff?limit=5", "/units", "/appraisal/plans?nip=" + officer()), "ROUTES");
            try {
                long started = System.currentTimeMillis();
                features.installFeature(module.getKey(), EnumSet.noneOf(FeaturesService.Option.class));
                awaitApi(endpoint);
                long answered = System.currentTimeMillis() - started;
                assertTrue("kinerja:modules tells a module installed by feature:install as installed", installed(module.getKey()));
                features.uninstallFeature(module.getKey(), EnumSet.noneOf(FeaturesService.Option.class));
                awaitStatus(404, endpoint);
                System.out.println("feature:install " + module.getKey() + ": its endpoint answered after " + answered + " ms");
            } finally {
                watch.close();
            }
            assertEquals("bundles stopped (refreshed) by feature:install/uninstall " + module.getKey(), List.of(), watch.disturbed);
            assertTrue(watch.calls.get() > 10);
            assertEquals("core requests failed while " + module.getKey() + " came and went", List.of(), watch.failures);
        }
    }

    /**
     * A city's administrator copies a module's KAR into {@code deploy/} of a platform that does not
     * have the module, and later deletes it: the module comes (from the file alone) and goes, and only
     * the module.
     */
    @Test
    public void aKarCopiedIntoDeployAndDeletedAgain() throws Exception {
        unitToRename();
        java.nio.file.Path kar = java.nio.file.Path.of(System.getProperty("kinerja.kar.complaints"));
        assertTrue("the module's KAR is built: " + kar, java.nio.file.Files.isRegularFile(kar));
        // a platform without the module: its features repository is not there
        java.net.URI shipped = java.net.URI.create("mvn:id.kinerja/id.kinerja.complaints/" + System.getProperty("kinerja.version")
                + "/xml/features");
        features.removeRepository(shipped);
        assertEquals(null, features.getFeature("kinerja-complaints"));
        java.nio.file.Path dropped = java.nio.file.Path.of(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        CoreWatch watch = new CoreWatch(context, Set.of("id.kinerja.complaints"), List.of("/staff?limit=5", "/units"), "ROUTES");
        try {
            java.nio.file.Files.copy(kar, dropped);
            awaitApi("/complaints");
            assertTrue("kinerja:modules tells a module deployed from a KAR as installed", installed("kinerja-complaints"));
            java.nio.file.Files.delete(dropped);
            awaitStatus(404, "/complaints");
            // the KAR deployer uninstalls the feature (the endpoint goes), then removes its repository
            long deadline = System.currentTimeMillis() + 30_000;
            while (features.getFeature("kinerja-complaints") != null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertEquals("the KAR took its module away", null, features.getFeature("kinerja-complaints"));
        } finally {
            watch.close();
            features.addRepository(shipped);
        }
        assertEquals("bundles stopped (refreshed) by the KAR in deploy/", List.of(), watch.disturbed);
        assertEquals("core requests failed while the KAR came and went", List.of(), watch.failures);
        assertTrue("the core is all there", features.isInstalled(features.getFeature("kinerja-core")));
    }

    /**
     * The KAR of a module the platform already offers (one of ours, shipped with the distribution),
     * copied into {@code deploy/} and deleted again: the module comes and goes, and stays offered by
     * {@code kinerja:modules} afterwards (Karaf's KAR removal takes the repository its KAR named with
     * it; the platform adds its configured repository back).
     */
    @Test
    public void theKarOfAShippedModuleDeletedLeavesItOffered() throws Exception {
        unitToRename();
        java.nio.file.Path kar = java.nio.file.Path.of(System.getProperty("kinerja.kar.coaching"));
        assertTrue("the module's KAR is built: " + kar, java.nio.file.Files.isRegularFile(kar));
        assertTrue("the distribution offers the module", features.getFeature("kinerja-coaching") != null);
        java.nio.file.Path dropped = java.nio.file.Path.of(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        CoreWatch watch = new CoreWatch(context, Set.of("id.kinerja.coaching"), List.of("/staff?limit=5", "/units"), "ROUTES");
        try {
            java.nio.file.Files.copy(kar, dropped);
            awaitApi("/coaching/programs");
            assertTrue(installed("kinerja-coaching"));
            java.nio.file.Files.delete(dropped);
            awaitStatus(404, "/coaching/programs");
            long deadline = System.currentTimeMillis() + 20_000;
            while (features.getFeature("kinerja-coaching") == null && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            watch.close();
        }
        assertTrue("the module is offered again", features.getFeature("kinerja-coaching") != null);
        boolean listed = false;
        for (JsonNode m : expect(200, get("/modules")).get("items")) {
            if ("kinerja-coaching".equals(m.get("name").asText())) {
                listed = true;
                assertFalse("listed as not installed", m.get("installed").asBoolean());
            }
        }
        assertTrue("kinerja:modules lists it", listed);
        assertEquals("bundles stopped (refreshed) by the KAR in deploy/", List.of(), watch.disturbed);
        assertEquals("core requests failed while the KAR came and went", List.of(), watch.failures);
    }

    /**
     * A module's features file (its repository, as its build makes it) copied into {@code deploy/} of a
     * platform that does not offer the module, and deleted again: the module comes and goes, and only
     * the module (the core's repository it names stays, with everything installed from it).
     */
    @Test
    public void aModulesFeaturesFileCopiedIntoDeployAndDeletedAgain() throws Exception {
        unitToRename();
        java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("kinerja.features.pay"));
        assertTrue("the module's features file is built: " + file, java.nio.file.Files.isRegularFile(file));
        java.net.URI shipped = java.net.URI.create("mvn:id.kinerja/id.kinerja.pay/" + System.getProperty("kinerja.version") + "/xml/features");
        features.removeRepository(shipped);
        assertEquals(null, features.getFeature("kinerja-pay"));
        java.nio.file.Path dropped = java.nio.file.Path.of(System.getProperty("karaf.base"), "deploy", "kinerja-pay-features.xml");
        // the module's bundles, and the one Karaf's features deployer makes of the file itself
        Set<String> own = new java.util.HashSet<>(MODULES.get("kinerja-pay").subList(1, 4));
        own.add("kinerja-pay-features.xml");
        CoreWatch watch = new CoreWatch(context, own, List.of("/staff?limit=5", "/units"), "ROUTES");
        try {
            java.nio.file.Path part = java.nio.file.Path.of(System.getProperty("karaf.base"), "kinerja-pay-features.xml.part");
            java.nio.file.Files.copy(file, part);
            java.nio.file.Files.move(part, dropped, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            awaitApi("/pay/runs");
            assertTrue("kinerja:modules tells a module deployed from a features file as installed", installed("kinerja-pay"));
            java.nio.file.Files.delete(dropped);
            awaitStatus(404, "/pay/runs");
        } finally {
            watch.close();
            features.addRepository(shipped);
        }
        assertEquals("bundles stopped (refreshed) by the features file in deploy/", List.of(), watch.disturbed);
        assertEquals("core requests failed while the features file came and went", List.of(), watch.failures);
        assertTrue("the core is all there", features.isInstalled(features.getFeature("kinerja-core")));
        assertFalse("the module left with its file", features.isInstalled(features.getFeature("kinerja-pay")));
    }

    /**
     * What the console's {@code kar:install} and {@code kar:uninstall} do (the Karaf KAR service), for
     * a module the platform does not have.
     */
    @Test
    public void karInstallAndUninstall() throws Exception {
        unitToRename();
        java.nio.file.Path kar = java.nio.file.Path.of(System.getProperty("kinerja.kar.coaching"));
        java.net.URI shipped = java.net.URI.create("mvn:id.kinerja/id.kinerja.coaching/" + System.getProperty("kinerja.version")
                + "/xml/features");
        features.removeRepository(shipped);
        CoreWatch watch = new CoreWatch(context, Set.of("id.kinerja.coaching"), List.of("/staff?limit=5", "/units"), "ROUTES");
        try {
            kars.install(kar.toUri());
            awaitApi("/coaching/programs");
            assertTrue(installed("kinerja-coaching"));
            String name = kar.getFileName().toString().replaceAll("\\.kar$", "");
            assertTrue(kars.list().toString(), kars.list().contains(name));
            kars.uninstall(name);
            awaitStatus(404, "/coaching/programs");
            assertEquals(null, features.getFeature("kinerja-coaching"));
        } finally {
            watch.close();
            features.addRepository(shipped);
        }
        assertEquals("bundles stopped (refreshed) by kar:install/kar:uninstall", List.of(), watch.disturbed);
        assertEquals("core requests failed while the KAR came and went", List.of(), watch.failures);
    }

    /**
     * {@code bundle:restart} of a core bundle while clients call the API: a request may be told 503
     * (the module, or one it needs, is restarting: try again) but never 500 or 404, and every
     * endpoint answers again afterwards.
     */
    @Test
    public void bundleRestartOfCoreBundlesAnswers503NeverAnError() throws Exception {
        unitToRename();
        List<String> paths = List.of("/staff?limit=5", "/units", "/appraisal/plans?nip=" + officer(), "/modules", "/ui/menu",
                "/notifications/unread-count", WEB_APP);
        java.util.Map<String, java.util.Map<String, java.util.Map<Integer, Integer>>> seen = new java.util.TreeMap<>();
        for (String symbolicName : List.of("id.kinerja.appraisal", "id.kinerja.staff", "id.kinerja.platform", "id.kinerja.security",
                "id.kinerja.rest", "id.kinerja.web", "id.kinerja.openapi", "id.kinerja.core.db", "id.kinerja.jpa", "id.kinerja.shell",
                "id.kinerja.appraisal.api", "id.kinerja.notifications", "id.kinerja.core.api")) {
            org.osgi.framework.Bundle bundle = bundle(symbolicName);
            seen.put(symbolicName, onlyOkOr503While(paths, symbolicName + " restarted", () -> {
                bundle.stop();
                bundle.start();
            }));
        }
        // the API servlet's own bundle again and again: a request running on its Jersey container
        // when the bundle stops finishes there (destroyed under it, it ended in an empty 500)
        org.osgi.framework.Bundle rest = bundle("id.kinerja.rest");
        seen.put("id.kinerja.rest x5", onlyOkOr503While(paths, "id.kinerja.rest restarted five times", () -> {
            for (int i = 0; i < 5; i++) {
                rest.stop();
                rest.start();
                awaitStatus(200, "/units");
            }
        }));
        System.out.println("bundle:restart, answers seen meanwhile: " + seen);
    }

    /**
     * A bundle started again before the web server heard that it stopped keeps its servlets. Pax Web's
     * whiteboard learns of a stopped bundle from the framework's asynchronous bundle events and only then
     * forgets what it kept for that bundle; on a busy machine (as in a CI run) that news came after the
     * restarted bundle had registered its servlet again, and forgetting took the new servlet with it: the
     * API answered 503 for good. Here the framework's event thread is held while three bundles with
     * servlets restart, then let go: every servlet must still be served afterwards.
     */
    @Test
    public void bundlesRestartedBeforeTheWebServerHeardOfTheirStopKeepTheirServlets() throws Exception {
        org.osgi.framework.Bundle blocker = context.installBundle("kinerja-itest:event-blocker", emptyBundle("id.kinerja.itest.eventblocker"));
        try {
            blocker.start();
            java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch restarted = new java.util.concurrent.CountDownLatch(1);
            List<String> restarting = List.of("id.kinerja.rest", "id.kinerja.platform", "id.kinerja.web");
            org.osgi.framework.BundleListener listener = event -> {
                if (event.getBundle().equals(blocker) && event.getType() == org.osgi.framework.BundleEvent.STOPPED) {
                    held.countDown();
                    try {
                        release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else if (event.getType() == org.osgi.framework.BundleEvent.STARTED
                        && restarting.get(restarting.size() - 1).equals(event.getBundle().getSymbolicName())) {
                    restarted.countDown(); // every event before this one has been delivered, the STOPPED ones too
                }
            };
            context.addBundleListener(listener);
            try {
                blocker.stop();
                assertTrue("the framework's event thread was not held", held.await(10, java.util.concurrent.TimeUnit.SECONDS));
                for (String symbolicName : restarting) {
                    org.osgi.framework.Bundle bundle = bundle(symbolicName);
                    bundle.stop();
                    bundle.start();
                }
            } finally {
                release.countDown();
            }
            assertTrue("the restarts' events were not delivered", restarted.await(30, java.util.concurrent.TimeUnit.SECONDS));
            context.removeBundleListener(listener);
            Thread.sleep(1_000); // the whiteboard handles the events it was given on a thread of its own
            awaitStatus(200, "/units");
            assertEquals("the web application's page", 200, answer(WEB_APP).statusCode());
            java.net.http.HttpResponse<String> health = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    api("").replace("/api/v1", "") + "/health")).timeout(java.time.Duration.ofSeconds(10)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue("/health is served by its servlet: " + health.body(), health.body().contains("\"status\""));
        } finally {
            blocker.uninstall();
        }
    }

    /** A bundle of nothing but its manifest. */
    private static java.io.InputStream emptyBundle(String symbolicName) throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes main = manifest.getMainAttributes();
        main.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        java.io.ByteArrayOutputStream jar = new java.io.ByteArrayOutputStream();
        new java.util.jar.JarOutputStream(jar, manifest).close();
        return new java.io.ByteArrayInputStream(jar.toByteArray());
    }

    /**
     * {@code bundle:update} of a module (its bundle read again from where it came, then refreshed, as
     * the console does it): its own endpoints answer 503 meanwhile, the core 200, nothing else.
     */
    @Test
    public void bundleUpdateOfAModuleAnswers503ForItsOwnEndpointsOnly() throws Exception {
        unitToRename();
        features.installFeature("kinerja-pay", EnumSet.noneOf(FeaturesService.Option.class));
        awaitApi("/pay/runs");
        org.osgi.framework.Bundle pay = bundle("id.kinerja.pay");
        long before = pay.getLastModified();
        try {
            java.util.Map<String, java.util.Map<Integer, Integer>> statuses = onlyOkOr503While(List.of("/pay/runs", "/staff?limit=5", "/units"),
                    "id.kinerja.pay updated", () -> {
                pay.update();
                java.util.concurrent.CountDownLatch refreshed = new java.util.concurrent.CountDownLatch(1);
                context.getBundle(0).adapt(org.osgi.framework.wiring.FrameworkWiring.class).refreshBundles(List.of(pay), e -> refreshed.countDown());
                assertTrue("refreshed", refreshed.await(60, java.util.concurrent.TimeUnit.SECONDS));
            });
            assertTrue("the bundle was updated", pay.getLastModified() > before);
            assertEquals("the core answered every request meanwhile", java.util.Set.of(200), statuses.get("/staff?limit=5").keySet());
            assertEquals("the core answered every request meanwhile", java.util.Set.of(200), statuses.get("/units").keySet());
            System.out.println("bundle:update id.kinerja.pay, answers seen meanwhile: " + statuses);
        } finally {
            features.uninstallFeature("kinerja-pay", EnumSet.noneOf(FeaturesService.Option.class));
            awaitStatus(404, "/pay/runs");
        }
    }

    /**
     * Version N+1 of a module installed over version N, as a Karaf administrator upgrades a feature
     * ({@code feature:install -u kinerja-pay/<N+1>} from the new version's features file): the module's
     * bundle is updated in place, its endpoints answer 503 meanwhile, the core 200 and no other bundle
     * stops; afterwards one version is installed, the module's data is still there and
     * {@code kinerja:modules} names the new version.
     */
    @Test
    public void versionNPlusOneOfAModuleInstalledOverVersionN() throws Exception {
        // what the console's feature:install -u kinerja-pay/0.1.1 asks of the features service
        upgradePay("feature:install -u", () -> features.installFeature("kinerja-pay", "0.1.1", EnumSet.of(FeaturesService.Option.Upgrade)));
    }

    /** The same by {@code kinerja:module-install kinerja-pay}, which installs the newest version offered. */
    @Test
    public void versionNPlusOneByTheModuleCommand() throws Exception {
        upgradePay("kinerja:module-install", () -> assertEquals("0.1.1",
                service(id.kinerja.core.api.module.ModuleService.class).install("kinerja-pay").version()));
    }

    /** kinerja-pay installed at this build's version, then upgraded to 0.1.1 by {@code route} under a watching client. */
    void upgradePay(String route, Action upgrade) throws Exception {
        unitToRename();
        String current = System.getProperty("kinerja.version");
        features.installFeature("kinerja-pay", current, EnumSet.noneOf(FeaturesService.Option.class));
        awaitApi("/pay/policies");
        int policies = expect(200, get("/pay/policies")).size();
        assertTrue("the example policy is there", policies > 0);
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("kinerja-pay-next");
        java.net.URI repository = nextVersionOfPay(folder, current, "0.1.1");
        features.addRepository(repository);
        CoreWatch watch = new CoreWatch(context, Set.of("id.kinerja.pay"), List.of("/staff?limit=5", "/units", "/appraisal/plans?nip=" + officer()),
                "ROUTES");
        java.util.Map<String, java.util.Map<Integer, Integer>> statuses;
        try {
            long started = System.currentTimeMillis();
            statuses = onlyOkOr503While(List.of("/pay/policies"), "kinerja-pay upgraded by " + route, upgrade);
            System.out.println(route + " kinerja-pay 0.1.1 over " + current + ": its endpoint answered again after "
                    + (System.currentTimeMillis() - started) + " ms; answers meanwhile: " + statuses);
        } finally {
            watch.close();
        }
        try {
            assertEquals("bundles stopped (refreshed) by the upgrade", List.of(), watch.disturbed);
            assertEquals("core requests failed during the upgrade", List.of(), watch.failures);
            List<org.osgi.framework.Bundle> pay = java.util.Arrays.stream(context.getBundles())
                    .filter(b -> "id.kinerja.pay".equals(b.getSymbolicName())).toList();
            assertEquals("one bundle of the module", 1, pay.size());
            assertEquals("updated in place to the new version", "0.1.1", pay.get(0).getVersion().toString());
            assertFalse("version N is no longer installed", features.isInstalled(features.getFeature("kinerja-pay", current)));
            assertEquals("the module's data stayed", policies, expect(200, get("/pay/policies")).size());
            JsonNode module = null;
            for (JsonNode m : expect(200, get("/modules")).get("items")) {
                if ("kinerja-pay".equals(m.get("name").asText()) && m.get("installed").asBoolean()) {
                    assertEquals("one version installed", null, module);
                    module = m;
                }
            }
            assertEquals("kinerja:modules names the installed version", "0.1.1", module.get("version").asText());
        } finally {
            features.uninstallFeature("kinerja-pay", "0.1.1", EnumSet.noneOf(FeaturesService.Option.class));
            features.removeRepository(repository);
            awaitStatus(404, "/pay/policies");
        }
    }

    /**
     * A features file offering version {@code next} of kinerja-pay: the shipped feature with its bundle
     * made anew at that version (the same code; what a vendor's next release would be).
     */
    java.net.URI nextVersionOfPay(java.nio.file.Path folder, String current, String next) throws Exception {
        java.nio.file.Path jar = folder.resolve("id.kinerja.pay-" + next + ".jar");
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(
                new java.net.URL("mvn:id.kinerja/id.kinerja.pay/" + current).openStream())) {
            java.util.jar.Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-Version", next);
            try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar), manifest)) {
                for (java.util.jar.JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    out.putNextEntry(new java.util.jar.JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        String shipped;
        try (java.io.InputStream in = new java.net.URL("mvn:id.kinerja/id.kinerja.pay/" + current + "/xml/features").openStream()) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String feature = shipped.substring(shipped.indexOf("<feature name=\"kinerja-pay\""), shipped.lastIndexOf("</feature>") + "</feature>".length())
                .replace("<feature name=\"kinerja-pay\" version=\"" + current + "\"", "<feature name=\"kinerja-pay\" version=\"" + next + "\"")
                .replace("mvn:id.kinerja/id.kinerja.pay/" + current, jar.toUri().toString());
        java.nio.file.Path file = folder.resolve("kinerja-pay-" + next + "-features.xml");
        java.nio.file.Files.writeString(file, "<features name=\"kinerja-pay-" + next + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + feature + "\n</features>\n");
        return file.toUri();
    }

    /**
     * The REST bundle stopped (an administrator's {@code bundle:stop id.kinerja.rest}): the API's
     * addresses answer the documented 503 in JSON, with {@code Retry-After}, not the web server's HTML
     * 404; started again, the API answers.
     */
    @Test
    public void withTheRestBundleStoppedTheApiAnswers503InJson() throws Exception {
        unitToRename();
        org.osgi.framework.Bundle rest = bundle("id.kinerja.rest");
        rest.stop();
        try {
            java.net.http.HttpResponse<String> away = get("/staff?limit=5");
            long deadline = System.currentTimeMillis() + 10_000;
            while (away.statusCode() != 503 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                away = get("/staff?limit=5");
            }
            assertEquals(away.body(), 503, away.statusCode());
            assertEquals("STARTING", json(away).get("error").asText());
            assertEquals("2", away.headers().firstValue("Retry-After").orElse(""));
        } finally {
            rest.start();
        }
        awaitApi("/staff");
        expect(200, get("/staff?limit=5"));
    }

    interface Action {
        void run() throws Exception;
    }

    /**
     * Runs {@code action} while a client calls {@code paths}: only 200 and 503 may be seen, and every
     * path answers 200 after it. What each path answered meanwhile, by status.
     */
    java.util.Map<String, java.util.Map<Integer, Integer>> onlyOkOr503While(List<String> paths, String what, Action action) throws Exception {
        java.util.Map<String, java.util.Map<Integer, Integer>> statuses = new java.util.TreeMap<>();
        List<String> bad = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread client = new Thread(() -> {
            while (running.get()) {
                for (String path : paths) {
                    try {
                        java.net.http.HttpResponse<String> response = answer(path);
                        synchronized (statuses) {
                            statuses.computeIfAbsent(path, p -> new java.util.TreeMap<>()).merge(response.statusCode(), 1, Integer::sum);
                        }
                        if (response.statusCode() != 200 && response.statusCode() != 503) {
                            bad.add(path + " -> " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        bad.add(path + " -> " + e);
                    }
                }
            }
        });
        client.start();
        try {
            Thread.sleep(300);
            action.run();
            for (String path : paths) {
                long deadline = System.currentTimeMillis() + 60_000;
                while (answer(path).statusCode() != 200 && System.currentTimeMillis() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(path + " after " + what, 200, answer(path).statusCode());
            }
            Thread.sleep(300);
        } finally {
            running.set(false);
            client.join(10_000);
        }
        assertEquals("answers other than 200 or 503 while " + what, List.of(), bad);
        return statuses;
    }

    /** The web application's page (not an API path). */
    static final String WEB_APP = "/app/";

    /** An API path as the personnel officer asks it, or the web application's page as a browser does. */
    static java.net.http.HttpResponse<String> answer(String path) throws Exception {
        if (WEB_APP.equals(path)) {
            return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api("").replace("/api/v1", "") + WEB_APP))
                    .timeout(java.time.Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }
        return get(path);
    }

    org.osgi.framework.Bundle bundle(String symbolicName) {
        return java.util.Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst().orElseThrow();
    }

    /** The unit the watching client renames, made once. */
    static void unitToRename() throws Exception {
        awaitApi("/staff");
        if (get("/units/ROUTES").statusCode() == 404) {
            expect(201, postJson("/units", "{\"code\":\"ROUTES\",\"name\":\"Unit uji\"}"));
        }
    }

    static boolean installed(String module) throws Exception {
        for (JsonNode m : expect(200, get("/modules")).get("items")) {
            if (module.equals(m.get("name").asText())) {
                return m.get("installed").asBoolean();
            }
        }
        return false;
    }
}
