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
 * ({@code kinerja:module-install} and plain {@code feature:install}), measured inside the platform's
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

    @Test
    public void measure() throws Exception {
        int cycles = Integer.getInteger("kinerja.bench.cycles", 30);
        awaitApi("/staff");
        StringBuilder report = new StringBuilder("Installing and removing " + MODULE + ", " + cycles + " cycles per route\n");
        for (String route : new String[] { "kinerja:module-install", "feature:install" }) {
            report.append(route).append('\n').append(String.format("%8s %14s %14s%n", "cycles", "metaspace MB", "classes"));
            for (int cycle = 0; cycle <= cycles; cycle++) {
                if (cycle % 10 == 0 || cycle == cycles) {
                    report.append(String.format("%8d %14.1f %14d%n", cycle, metaspaceMegabytes(), loadedClasses()));
                }
                if (cycle == cycles) {
                    break;
                }
                if (route.startsWith("kinerja")) {
                    modules.install(MODULE);
                } else {
                    features.installFeature(MODULE, EnumSet.noneOf(FeaturesService.Option.class));
                }
                awaitApi(ENDPOINT);
                if (route.startsWith("kinerja")) {
                    modules.uninstall(MODULE);
                } else {
                    features.uninstallFeature(MODULE, EnumSet.noneOf(FeaturesService.Option.class));
                }
                awaitStatus(404, ENDPOINT);
            }
        }
        System.out.println(report);
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("karaf.base"), "module-cycles-benchmark.txt"), report);
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
