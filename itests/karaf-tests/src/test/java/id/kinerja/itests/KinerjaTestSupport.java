package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the assembled Kinerja distribution (the real tar.gz the build produced) once for the whole
 * suite, on free ports, and talks to it over real HTTP. Test methods run inside the container.
 */
public abstract class KinerjaTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("kinerja.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("The distribution archive is missing: " + distribution
                    + " (build karaf-distribution first)");
        }
        String httpPort = String.valueOf(freePort());
        return new Option[] {
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("Kinerja")
                        .karafVersion(System.getProperty("karaf.version"))
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                systemProperty("kinerja.itest.port").value(httpPort),
                systemProperty("kinerja.itest.features").value(System.getProperty("kinerja.itest.features")),
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- inside the container ----

    static String api(String path) {
        return "http://localhost:" + System.getProperty("kinerja.itest.port") + "/api/v1" + path;
    }

    /** Waits until the REST API answers (it may still be starting). */
    static void awaitApi(String path) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        int status = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                status = get(path).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("API " + path + " did not answer 200 within 60 s (last status " + status + ")");
    }

    /** Waits until {@code path} answers {@code status}, e.g. 404 once a resource went away. */
    static void awaitStatus(int status, String path) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        int last = -1;
        while (System.currentTimeMillis() < deadline) {
            last = get(path).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(100);
        }
        fail(path + " did not answer " + status + " within 30 s (last " + last + ")");
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(api(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, "application/json", json);
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Asserts the status and returns the JSON body. */
    static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        assertEquals("HTTP status of " + response.request().method() + " " + response.uri() + ": " + response.body(),
                status, response.statusCode());
        return response.body().isEmpty() ? null : json(response);
    }
}
