package id.kinerja.itests;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.EnumSet;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import id.kinerja.core.api.module.ModuleService;

/**
 * Not a test: what installing and removing a module again and again leaves in memory, by route
 * ({@code kinerja:module-install}, plain {@code feature:install}, {@code kar:install} and a KAR in
 * {@code deploy/}: {@code -Dkinerja.bench.routes=module,feature,kar,deploy}), measured inside the platform's
 * JVM after a full GC: metaspace used and classes loaded, every 10 cycles. Run it on its own (README,
 * "Benchmarks"): {@code mvn -B -o verify -pl itests/karaf-tests -Dit.test=ModuleCyclesBenchmark}
 * ({@code -Dkinerja.bench.cycles=100} for more). Prints the figures and writes them to
 * {@code target/module-cycles-benchmark.txt} of the container's folder.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ModuleCyclesBenchmark extends KinerjaTestSupport {

    static final String MODULE = "kinerja-pay";
    static final String ENDPOINT = "/pay/runs";

    @Inject
    ModuleService modules;

    @Inject
    FeaturesService features;

    @Inject
    org.apache.karaf.kar.KarService kars;

    /** The routes measured, in this order: {@code -Dkinerja.bench.routes=module,feature,kar,deploy} (the first two by default). */
    static final java.util.List<String> ROUTES = java.util.List.of(System.getProperty("kinerja.bench.routes", "module,feature").split(","));

    @Test
    public void measure() throws Exception {
        int cycles = Integer.getInteger("kinerja.bench.cycles", 30);
        awaitApi("/staff");
        StringBuilder report = new StringBuilder("Installing and removing " + MODULE + ", " + cycles + " cycles per route\n");
        java.nio.file.Path kar = java.nio.file.Path.of(System.getProperty("kinerja.kar.pay"));
        java.net.URI shipped = java.net.URI.create("mvn:id.kinerja/id.kinerja.pay/" + System.getProperty("kinerja.version") + "/xml/features");
        for (String route : ROUTES) {
            if (route.equals("kar") || route.equals("deploy")) {
                // as on a platform that does not offer the module: its KAR brings it
                features.removeRepository(shipped);
            }
            report.append(route).append('\n').append(String.format("%8s %14s %14s%n", "cycles", "metaspace MB", "classes"));
            for (int cycle = 0; cycle <= cycles; cycle++) {
                if (cycle % 10 == 0 || cycle == cycles) {
                    report.append(String.format("%8d %14.1f %14d%n", cycle, metaspaceMegabytes(), loadedClasses()));
                }
                if (cycle == cycles) {
                    break;
                }
                install(route, kar);
                awaitApi(ENDPOINT);
                uninstall(route, kar);
                awaitStatus(404, ENDPOINT);
            }
            if (route.equals("kar") || route.equals("deploy")) {
                features.addRepository(shipped);
            }
        }
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("karaf.base"), "module-cycles-benchmark.txt"), report);
    }

    void install(String route, java.nio.file.Path kar) throws Exception {
        switch (route) {
            case "module" -> modules.install(MODULE);
            case "feature" -> features.installFeature(MODULE, EnumSet.noneOf(FeaturesService.Option.class));
            case "kar" -> kars.install(kar.toUri());
            case "deploy" -> java.nio.file.Files.copy(kar, deployed(kar));
            default -> throw new IllegalArgumentException("route " + route);
        }
    }

    void uninstall(String route, java.nio.file.Path kar) throws Exception {
        switch (route) {
            case "module" -> modules.uninstall(MODULE);
            case "feature" -> features.uninstallFeature(MODULE, EnumSet.noneOf(FeaturesService.Option.class));
            case "kar" -> kars.uninstall(kar.getFileName().toString().replaceAll("\\.kar$", ""));
            case "deploy" -> java.nio.file.Files.delete(deployed(kar));
            default -> throw new IllegalArgumentException("route " + route);
        }
    }

    static java.nio.file.Path deployed(java.nio.file.Path kar) {
        return java.nio.file.Path.of(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
    }

    /** Metaspace in use after a full collection (class loaders nobody holds are gone by then). */
    static double metaspaceMegabytes() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if ("Metaspace".equals(pool.getName())) {
                return pool.getUsage().getUsed() / (1024.0 * 1024.0);
            }
        }
        return -1;
    }

    static long loadedClasses() {
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        return classes.getLoadedClassCount();
    }
}
