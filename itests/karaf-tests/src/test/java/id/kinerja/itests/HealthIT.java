package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /health} for a load balancer: up or down and nothing more for anybody; the checks behind
 * it (the database, every Kinerja bundle started, room on the data disk, the API served by the web
 * server) for the platform's administrator at {@code /api/v1/health}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class HealthIT extends KinerjaTestSupport {

    /** The platform administrator of this test. */
    static final String ADMIN = "198001012005011001";

    @Inject
    BundleContext context;

    static HttpResponse<String> health() throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api("").replace("/api/v1", "/health"))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void upOrDownForAnybodyTheChecksForTheAdministrator() throws Exception {
        awaitApi("/staff");
        // the platform bundle maps /health on its own, a moment after the API may have answered: until then the
        // web server answers the documented 503 STARTING there
        HttpResponse<String> up = health();
        for (long deadline = System.currentTimeMillis() + 30_000; up.body().contains("\"STARTING\"") && System.currentTimeMillis() < deadline;
                up = health()) {
            Thread.sleep(100);
        }
        assertEquals(up.body() + whyNotServed(), 200, up.statusCode());
        assertEquals("nothing but the status for an anonymous caller", "{\"status\":\"UP\"}", up.body());
        assertEquals("no-store", up.headers().firstValue("Cache-Control").orElse(""));
        everyKinerjaServletMapped(context);

        expect(201, postJson("/staff", "{\"nip\":\"" + ADMIN + "\",\"fullName\":\"Admin Platform\",\"employmentType\":\"PNS\",\"rank\":\"III/c\","
                + "\"positionName\":\"Pranata Komputer\",\"positionKind\":\"FUNGSIONAL\",\"positionClass\":8,\"unitCode\":\"ITADM\"}"));
        assign(ADMIN, "PLATFORM_ADMIN");
        assertEquals("LOGIN_REQUIRED", expect(401, anonymous("GET", "/health", null, null)).get("error").asText());
        assertEquals("PERMISSION_DENIED", expect(403, get("/health")).get("error").asText());
        Map<String, String> checks = checks(expect(200, as(ADMIN, "GET", "/health", null)));
        assertEquals(checks.toString(), java.util.Set.of("Basis data", "Modul Kinerja berjalan", "Ruang disk data dan bukti dukung",
                "Layanan API"), checks.keySet());
        assertEquals("OK", checks.get("Basis data"));
        assertEquals("OK", checks.get("Modul Kinerja berjalan"));
        assertEquals("OK", checks.get("Layanan API"));

        // a Kinerja bundle stopped (as bundle:stop does): down, and the administrator sees which
        Bundle web = bundle("id.kinerja.web");
        web.stop();
        try {
            HttpResponse<String> down = awaitHealth(503);
            assertEquals("{\"status\":\"DOWN\"}", down.body());
            JsonNode report = expect(503, as(ADMIN, "GET", "/health", null));
            assertEquals("DOWN", report.get("status").asText());
            assertEquals("CRITICAL", checks(report).get("Modul Kinerja berjalan"));
            assertTrue(report.toString(), report.toString().contains("id.kinerja.web"));
        } finally {
            web.start();
        }
        awaitHealth(200);

        // the API's servlet not mapped by the web server (its component disabled, as an administrator's
        // scr:disable does; its bundle, and this check, stay): down for the balancer, and which check says so
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = context.getService(
                context.getServiceReference(org.osgi.service.component.runtime.ServiceComponentRuntime.class));
        Bundle rest = bundle("id.kinerja.rest");
        org.osgi.service.component.runtime.dto.ComponentDescriptionDTO api = scr.getComponentDescriptionDTO(rest,
                "id.kinerja.rest.internal.ApiServlet");
        scr.disableComponent(api).getValue();
        try {
            assertEquals("{\"status\":\"DOWN\"}", awaitHealth(503).body());
        } finally {
            scr.enableComponent(api).getValue();
        }
        awaitHealth(200);
        awaitApi("/staff");
        assertEquals("OK", checks(expect(200, as(ADMIN, "GET", "/health", null))).get("Layanan API"));
    }

    /** Waits for {@code /health} to answer {@code status} (its checks' results live for a moment). */
    static HttpResponse<String> awaitHealth(int status) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        HttpResponse<String> last = health();
        while (last.statusCode() != status && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            last = health();
        }
        assertEquals(last.body(), status, last.statusCode());
        return last;
    }

    static Map<String, String> checks(JsonNode report) {
        Map<String, String> checks = new HashMap<>();
        report.get("checks").forEach(c -> checks.put(c.get("name").asText(), c.get("status").asText()));
        return checks;
    }

    /**
     * What the framework says of {@code /health} when it is not served: the state of the components behind
     * it and the servlets the web server maps or failed to map (so that a miss in CI says where it stopped).
     */
    String whyNotServed() {
        StringBuilder why = new StringBuilder();
        try {
            describeServing(why);
        } catch (RuntimeException e) {
            why.append("\n(could not ask further: ").append(e).append(')');
        }
        return why.toString();
    }

    private void describeServing(StringBuilder why) {
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = context.getService(
                context.getServiceReference(org.osgi.service.component.runtime.ServiceComponentRuntime.class));
        Bundle platform = bundle("id.kinerja.platform");
        why.append("\nid.kinerja.platform state ").append(platform.getState());
        for (String name : new String[] { "id.kinerja.platform.internal.HealthServlet", "id.kinerja.platform.internal.PlatformHealth" }) {
            org.osgi.service.component.runtime.dto.ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(platform, name);
            why.append("\n").append(name).append(":");
            for (org.osgi.service.component.runtime.dto.ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                why.append(" state ").append(configuration.state).append(" unsatisfied ");
                for (org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO unsatisfied : configuration.unsatisfiedReferences) {
                    why.append(unsatisfied.name).append(' ');
                }
            }
        }
        org.osgi.service.http.runtime.dto.RuntimeDTO runtime = context.getService(
                context.getServiceReference(org.osgi.service.http.runtime.HttpServiceRuntime.class)).getRuntimeDTO();
        for (org.osgi.service.http.runtime.dto.ServletContextDTO served : runtime.servletContextDTOs) {
            why.append("\ncontext ").append(served.name).append(" ").append(served.contextPath).append(" servlets:");
            for (org.osgi.service.http.runtime.dto.ServletDTO servlet : served.servletDTOs) {
                why.append(' ').append(servlet.name).append(java.util.Arrays.toString(servlet.patterns));
            }
        }
        why.append("\nfailed servlets:");
        for (org.osgi.service.http.runtime.dto.FailedServletDTO failed : runtime.failedServletDTOs) {
            why.append(' ').append(failed.name).append(" (").append(failed.failureReason).append(')');
        }
    }

    Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
