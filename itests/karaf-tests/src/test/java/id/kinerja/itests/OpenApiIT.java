package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

import id.kinerja.core.api.module.ModuleService;

/**
 * The API described: {@code /api/openapi.json} (no token needed) names every endpoint the platform
 * serves, found by reading its REST resources, with the permission each requires; a module installed
 * adds its endpoints to it, removed takes them away.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OpenApiIT extends KinerjaTestSupport {

    @Inject
    ModuleService modules;

    @Inject
    BundleContext context;

    static JsonNode description() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api("").replace("/api/v1", "/api/openapi.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    @Test
    public void everyEndpointIsDescribedWithItsPermissionAsModulesComeAndGo() throws Exception {
        awaitApi("/staff");
        installEveryModule(modules);

        JsonNode paths = description().get("paths");
        List<String> missing = new ArrayList<>();
        int described = 0;
        for (Endpoint endpoint : discover(context)) {
            String path = endpoint.path().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
            JsonNode operation = paths.path(path).path(endpoint.method().toLowerCase(java.util.Locale.ROOT));
            if (operation.isMissingNode()) {
                missing.add(endpoint.toString());
            } else if (endpoint.permission() != null && !endpoint.permission().equals(operation.path("x-kinerja-permission").asText())) {
                missing.add(endpoint + " with permission " + operation.path("x-kinerja-permission").asText());
            } else {
                described++;
            }
        }
        assertEquals("endpoints missing from /api/openapi.json", List.of(), missing);
        assertTrue("described: " + described, described > 150);
        assertTrue(paths.has("/v1/pay/runs"));
        assertEquals("the public need no token to file a complaint", 0,
                paths.get("/v1/public/complaints").get("post").get("security").size());

        modules.uninstall("kinerja-pay");
        long deadline = System.currentTimeMillis() + 30_000;
        while (description().get("paths").has("/v1/pay/runs") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertFalse("a removed module's endpoints leave the description", description().get("paths").has("/v1/pay/runs"));
        modules.install("kinerja-pay");
        awaitApi("/pay/runs");
        assertTrue(description().get("paths").has("/v1/pay/runs"));
    }
}
