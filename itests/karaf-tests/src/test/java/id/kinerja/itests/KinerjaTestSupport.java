package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Configuration;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
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
    /** The personnel officer (role PERSONNEL_OFFICER) in whose name {@link #get}, {@link #send} and {@link #postJson} call. */
    static final String OFFICER = "196812312000121999";
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static boolean officerReady;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("kinerja.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("The distribution archive is missing: " + distribution
                    + " (build karaf-distribution first)");
        }
        String httpPort = String.valueOf(freePort());
        return org.ops4j.pax.exam.OptionUtils.combine(new Option[] {
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("Kinerja")
                        .karafVersion(System.getProperty("karaf.version"))
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                // kept under target/exam so that karaf.log can be read after a failure
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.kinerja.name", "id.kinerja"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.kinerja.level", "INFO"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                systemProperty("kinerja.itest.port").value(httpPort),
                // injected services (JPA units among them) may take longer than Pax Exam's 10 s on a busy 2-core machine
                systemProperty("pax.exam.service.timeout").value("90000"),
                systemProperty("kinerja.itest.features").value(System.getProperty("kinerja.itest.features")),
                systemProperty("kinerja.version").value(System.getProperty("kinerja.version", "")),
                systemProperty("kinerja.bench.cycles").value(System.getProperty("kinerja.bench.cycles", "30")),
                systemProperty("kinerja.kar.pay").value(System.getProperty("kinerja.kar.pay", "")),
                systemProperty("kinerja.kar.coaching").value(System.getProperty("kinerja.kar.coaching", "")),
                systemProperty("kinerja.kar.complaints").value(System.getProperty("kinerja.kar.complaints", "")),
                systemProperty(ItestDatabase.PROPERTY).value(System.getProperty(ItestDatabase.PROPERTY, "derby")),
        }, ItestDatabase.options());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- inside the container ----

    /** Whether the platform under test keeps its data in PostgreSQL ({@code -Dkinerja.itest.database=postgresql}). */
    static boolean onPostgreSql() {
        return "postgresql".equals(System.getProperty("kinerja.itest.database"));
    }

    static String api(String path) {
        return "http://localhost:" + System.getProperty("kinerja.itest.port") + "/api/v1" + path;
    }

    /**
     * Waits until the REST API serves {@code path} (it may still be starting): asked without a
     * token, a served endpoint answers 401 (or 200 if it is public).
     */
    static void awaitApi(String path) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        int status = -1;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                // a short timeout: a connection the starting web server accepted may be dropped unanswered (Pax Web
                // makes its server anew when the platform's error handler arrives)
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api(path))).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
                if (status == 200 || status == 401) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("API " + path + " did not answer 200 within 60 s (last status " + status + ": " + body + "); "
                + platformState() + "\n"
                + "Warnings and errors of the container:\n" + containerProblems() + threadsOfInterest());
    }

    /** The WARN and ERROR lines of the container's karaf.log (with their stack traces), for failure messages. */
    static String containerProblems() {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try (Stream<String> lines = Files.lines(log)) {
            StringBuilder out = new StringBuilder();
            boolean inProblem = false;
            for (String line : (Iterable<String>) lines::iterator) {
                boolean entry = line.matches("^\\d{4}-\\d{2}-\\d{2}T.*");
                if (entry) {
                    inProblem = line.contains("| WARN ") || line.contains("| ERROR") || line.contains("REST API");
                }
                if (inProblem && out.length() < 20_000) {
                    out.append(line).append('\n');
                }
            }
            return out.toString();
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ": " + e + ")";
        }
    }

    /** One line: the services the registry needs that are missing, and the bundles that are not active. */
    static String platformState() {
        BundleContext context = FrameworkUtil.getBundle(KinerjaTestSupport.class).getBundleContext();
        List<String> missing = new ArrayList<>();
        for (String filter : List.of("(&(objectClass=javax.sql.DataSource)(osgi.jndi.service.name=kinerja))",
                "(&(objectClass=javax.persistence.EntityManagerFactory)(osgi.unit.name=kinerja-staff))",
                "(objectClass=id.kinerja.core.api.staff.StaffService)",
                "(objectClass=id.kinerja.core.api.rest.RestResource)",
                "(objectClass=org.apache.karaf.features.BootFinished)")) {
            try {
                if (context.getServiceReferences((String) null, filter) == null) {
                    missing.add(filter);
                }
            } catch (InvalidSyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
        List<String> inactive = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getState() != Bundle.ACTIVE && !fragment) {
                inactive.add(bundle.getSymbolicName() + "=" + bundle.getState());
            }
        }
        return "missing services " + missing + ", bundles not active " + inactive;
    }

    /** Stack traces of the threads that build the REST API or start bundles (to see a hang). */
    static String threadsOfInterest() {
        StringBuilder out = new StringBuilder("Threads:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String name = thread.getName();
            if (name.startsWith("kinerja") || name.startsWith("FelixStartLevel") || name.startsWith("features-")
                    || name.startsWith("SCR")) {
                out.append('"').append(name).append("\" ").append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    out.append("    at ").append(frame).append('\n');
                }
            }
        });
        return out.toString();
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

    /** A GET by the personnel officer {@link #OFFICER}. */
    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    /** A request by the personnel officer {@link #OFFICER}. */
    static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return request(bearer(officer()), method, path, contentType, body);
    }

    /** A request without a token, as a citizen makes it. */
    static HttpResponse<String> anonymous(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return request(null, method, path, contentType, body);
    }

    private static HttpResponse<String> request(String authorization, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path))).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request by a person, with their token; {@code json} may be {@code null}. */
    static HttpResponse<String> as(String actorNip, String method, String path, String json)
            throws IOException, InterruptedException {
        return request(bearer(actorNip), method, path, json == null ? null : "application/json", json);
    }

    /** The {@code Authorization} header of a person (a token issued inside the platform, as console commands get one). */
    static String bearer(String nip) {
        return "Bearer " + TOKENS.computeIfAbsent(nip, n -> service(id.kinerja.core.api.security.AccessControl.class).issueToken(n, "itest"));
    }

    /** An OSGi service of the container, waiting for it like an injected one (up to 90 s). */
    static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(KinerjaTestSupport.class).getBundleContext();
        org.osgi.util.tracker.ServiceTracker<T, T> tracker = new org.osgi.util.tracker.ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(90_000);
            if (service == null) {
                throw new IllegalStateException("no " + type.getName() + " within 90 s; " + platformState());
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The personnel officer of the tests, registered (in a unit of their own, ITADM) and given the
     * role PERSONNEL_OFFICER the first time it is needed, as an administrator sets up a new city.
     */
    static synchronized String officer() {
        if (officerReady) {
            return OFFICER;
        }
        id.kinerja.core.api.staff.StaffService staff = service(id.kinerja.core.api.staff.StaffService.class);
        if (staff.find(OFFICER).isEmpty()) {
            id.kinerja.core.api.staff.OrgUnitService units = service(id.kinerja.core.api.staff.OrgUnitService.class);
            if (units.find("ITADM").isEmpty()) {
                units.create(new id.kinerja.core.api.staff.OrgUnit("ITADM", "Sekretariat Uji", null));
            }
            staff.create(new id.kinerja.core.api.staff.StaffMember(OFFICER, "Petugas BKPSDM Uji", id.kinerja.core.api.staff.EmploymentType.PNS,
                    "III/b", null, "Analis SDM Aparatur", id.kinerja.core.api.staff.PositionKind.FUNGSIONAL, 9, "ITADM", null, null, null, null,
                    null, null));
            assign(OFFICER, "PERSONNEL_OFFICER");
        }
        officerReady = true;
        return OFFICER;
    }

    /** Assigns a role as an administrator does, in the console. */
    static void assign(String nip, String role) {
        adminConsole("kinerja:role-assign " + nip + " " + role, "diberikan");
    }

    /** Runs a console command as the platform's administrator; what it prints must contain {@code expected}. */
    static String adminConsole(String command, String expected) {
        try {
            String out = console(service(org.apache.karaf.shell.api.console.SessionFactory.class), command);
            if (!out.contains(expected)) {
                throw new IllegalStateException(command + ": " + out);
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A multipart form upload of one file in the part {@code file}, by a person. */
    static HttpResponse<String> upload(String actorNip, String path, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "kinerja-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return HTTP.send(HttpRequest.newBuilder(URI.create(api(path))).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Authorization", bearer(actorNip)).build(),
                HttpResponse.BodyHandlers.ofString());
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

    /** Through the appraisal core: an approved plan and a final 2026-Q1 evaluation with these ratings; its key. */
    static long finalPredikat(String nip, String rater, String hasilKerja, String perilaku) throws Exception {
        JsonNode plan = expect(201, as(nip, "POST", "/appraisal/plans", "{\"year\":2026,\"workResults\":[{\"text\":\"Laporan keuangan\","
                + "\"unitGoal\":\"Akuntabilitas keuangan\",\"indicators\":[{\"description\":\"Laporan\",\"aspect\":\"QUANTITY\","
                + "\"target\":12,\"unit\":\"laporan\"}]}]}"));
        String p = "/appraisal/plans/" + plan.get("id").asLong();
        expect(200, as(nip, "POST", p + "/submit", null));
        expect(200, as(rater, "POST", p + "/approve", "{}"));
        JsonNode evaluation = expect(201, as(nip, "POST", "/appraisal/evaluations", "{\"nip\":\"" + nip + "\",\"period\":\"2026-Q1\"}"));
        String e = "/appraisal/evaluations/" + evaluation.get("id").asLong();
        expect(200, as(rater, "PUT", e + "/rating", "{\"hasilKerja\":\"" + hasilKerja + "\",\"perilaku\":\"" + perilaku + "\"}"));
        expect(200, as(rater, "POST", e + "/finalise", null));
        return evaluation.get("id").asLong();
    }

    /** Runs a console command as an administrator does and returns what it printed. */
    static String console(org.apache.karaf.shell.api.console.SessionFactory sessions, String command) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        org.apache.karaf.shell.api.console.Session session = sessions.create(new java.io.ByteArrayInputStream(new byte[0]), print, print);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Installs every optional module at runtime and waits until each serves its API. */
    static void installEveryModule(id.kinerja.core.api.module.ModuleService modules) throws Exception {
        for (String module : List.of("kinerja-pay", "kinerja-coaching", "kinerja-complaints")) {
            modules.install(module);
        }
        awaitApi("/pay/runs");
        awaitApi("/coaching/programs");
        awaitApi("/complaints");
    }

    /** An endpoint the platform serves, found by reading its REST resources. */
    record Endpoint(String method, String path, String consumes, String permission, String resource, java.lang.reflect.Method javaMethod) {
        @Override
        public String toString() {
            return method + " " + path + " (" + permission + ", " + resource + ")";
        }
    }

    /** Every resource method of every REST resource the platform serves, with its permission (never listed by hand). */
    static List<Endpoint> discover(BundleContext context) throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (org.osgi.framework.ServiceReference<id.kinerja.core.api.rest.RestResource> reference
                : context.getServiceReferences(id.kinerja.core.api.rest.RestResource.class, null)) {
            Object resource = context.getService(reference);
            try {
                Class<?> type = resource.getClass();
                javax.ws.rs.Path root = type.getAnnotation(javax.ws.rs.Path.class);
                if (root == null) {
                    continue; // a provider
                }
                for (java.lang.reflect.Method method : type.getMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    javax.ws.rs.Path sub = method.getAnnotation(javax.ws.rs.Path.class);
                    String path = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/").replaceAll("/$", "");
                    javax.ws.rs.Consumes consumes = method.getAnnotation(javax.ws.rs.Consumes.class);
                    id.kinerja.core.api.security.RequiresPermission permission = method.getAnnotation(id.kinerja.core.api.security.RequiresPermission.class);
                    if (permission == null) {
                        permission = type.getAnnotation(id.kinerja.core.api.security.RequiresPermission.class);
                    }
                    endpoints.add(new Endpoint(http, path, consumes == null ? null : consumes.value()[0],
                            permission == null ? null : permission.value(), type.getSimpleName(), method));
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return endpoints;
    }

    static String httpMethod(java.lang.reflect.Method method) {
        for (java.lang.annotation.Annotation annotation : method.getAnnotations()) {
            javax.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(javax.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
