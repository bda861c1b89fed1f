package ${package};

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.core.api.time.CityTime;
import id.kinerja.testkit.KinerjaContainer;
import id.kinerja.testkit.KinerjaPlatform;

/**
 * The city's archive (target/*.tar.gz, as {@code mvn verify} makes it) booted as it will be on the
 * city's server: its modules installed from deploy/ at the first start, its settings in force.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CityDistributionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Configuration
    public Option[] config() {
        return KinerjaContainer.options();
    }

    @Test
    public void theCityBootsWithItsModulesAndItsSettings() throws Exception {
        // the city's modules, from their KARs in deploy/; and only those
        KinerjaPlatform.awaitApi("/pay/policies");
        KinerjaPlatform.awaitApi("/complaints");
        String officer = KinerjaPlatform.officer();
        assertEquals(404, KinerjaPlatform.as(officer, "GET", "/coaching/programs", null).statusCode());

        // its time zone, its TPP policy, its complaint categories
        assertEquals(ZoneId.of("${timeZone}"), KinerjaPlatform.service(CityTime.class).zone());
        HttpResponse<String> policies = KinerjaPlatform.as(officer, "GET", "/pay/policies", null);
        assertEquals(policies.body(), 200, policies.statusCode());
        assertTrue(policies.body(), policies.body().contains("TPP ${cityName} 2027"));
        HttpResponse<String> categories = KinerjaPlatform.request(null, "GET", "/public/complaints/categories", null, null);
        assertTrue(categories.body(), categories.body().contains("\"code\":\"PERIZINAN\""));

        // its name and logo on the web application
        JsonNode branding = JSON.readTree(web("/app/branding/").body());
        assertEquals("${cityName}", branding.get("name").asText());
        assertTrue(branding.get("logo").asBoolean());
        HttpResponse<String> logo = web("/app/branding/logo");
        assertEquals(200, logo.statusCode());
        assertEquals("image/svg+xml", logo.headers().firstValue("Content-Type").orElse(""));
    }

    private static HttpResponse<String> web(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(KinerjaPlatform.api("").replace("/api/v1", path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
