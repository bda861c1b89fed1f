package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
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

    /**
     * Plain {@code feature:install} and {@code feature:uninstall}, with Karaf's default of refreshing
     * what the resolver finds wired otherwise than it would wire it now.
     */
    @Test
    public void plainFeatureInstallAndUninstallRefreshNothingOfTheCore() throws Exception {
        awaitApi("/staff");
        expect(201, postJson("/units", "{\"code\":\"ROUTES\",\"name\":\"Unit uji\"}"));
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

    static boolean installed(String module) throws Exception {
        for (JsonNode m : expect(200, get("/modules")).get("items")) {
            if (module.equals(m.get("name").asText())) {
                return m.get("installed").asBoolean();
            }
        }
        return false;
    }
}
