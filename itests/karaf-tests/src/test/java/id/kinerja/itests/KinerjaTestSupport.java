package id.kinerja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.kinerja.testkit.KinerjaContainer;
import id.kinerja.testkit.KinerjaPlatform;

/**
 * Boots the assembled Kinerja distribution (the real tar.gz the build produced) once for each test
 * class (failsafe runs the classes one after the other), or once for the classes of a JUnit suite
 * ({@link PlatformChecksIT}), on free ports, and talks to it over real HTTP. Test methods run inside the container.
 */
public abstract class KinerjaTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The personnel officer (role PERSONNEL_OFFICER) in whose name {@link #get}, {@link #send} and {@link #postJson} call. */
    static final String OFFICER = KinerjaPlatform.OFFICER;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        return OptionUtils.combine(KinerjaContainer.options(
                systemProperty("kinerja.itest.features").value(System.getProperty("kinerja.itest.features")),
                systemProperty("kinerja.version").value(System.getProperty("kinerja.version", "")),
                systemProperty("kinerja.bench.cycles").value(System.getProperty("kinerja.bench.cycles", "30")),
                systemProperty("kinerja.bench.routes").value(System.getProperty("kinerja.bench.routes", "module,feature")),
                systemProperty("kinerja.kar.pay").value(System.getProperty("kinerja.kar.pay", "")),
                systemProperty("kinerja.features.pay").value(System.getProperty("kinerja.features.pay", "")),
                systemProperty("kinerja.kar.coaching").value(System.getProperty("kinerja.kar.coaching", "")),
                systemProperty("kinerja.kar.complaints").value(System.getProperty("kinerja.kar.complaints", "")),
                systemProperty(ItestDatabase.PROPERTY).value(System.getProperty(ItestDatabase.PROPERTY, "derby"))),
                ItestDatabase.options());
    }

    // ---- inside the container ----

    /** Whether the platform under test keeps its data in PostgreSQL ({@code -Dkinerja.itest.database=postgresql}). */
    static boolean onPostgreSql() {
        return "postgresql".equals(System.getProperty("kinerja.itest.database"));
    }

    static String api(String path) {
        return KinerjaPlatform.api(path);
    }

    /**
     * On Derby, that the lists' queries reached the database with their values as parameters: no statement
     * Derby keeps compiled holds one of {@code requestValues} (values the test's requests carried), and every
     * paged one reads its page by parameters ({@code OFFSET ? ROWS}), which EclipseLink prints as numbers only
     * when it sends a whole query as text (its Derby platform does so for a query that compares two values,
     * as a "1 = 1" would). Such a query is compiled anew by Derby for each value, each search, each cursor
     * (at 100,000 staff, searches by 480 different starts of a NIP answered 17 times fewer requests), and crowds the
     * statements every request uses out of Derby's cache of 100. Nothing to read on PostgreSQL, where
     * EclipseLink binds every value.
     */
    static void assertQueriesCarryNoValues(javax.sql.DataSource database, String... requestValues) throws java.sql.SQLException {
        if (onPostgreSql()) {
            return;
        }
        List<String> compiled = new ArrayList<>();
        try (java.sql.Connection c = database.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT CAST(SQL_TEXT AS VARCHAR(32672)) FROM SYSCS_DIAG.STATEMENT_CACHE")) {
            while (rs.next()) {
                compiled.add(rs.getString(1));
            }
        }
        for (String sql : compiled) {
            assertTrue("a page read by numbers written into its query: " + sql, !sql.matches("(?s).* OFFSET \\d+ ROWS.*"));
            for (String value : requestValues) {
                assertTrue("a request's value written into a query: " + sql, !sql.contains(value));
            }
        }
    }

    /**
     * Every servlet a Kinerja bundle registered (at least five) is mapped by the web server within 10 s,
     * each in its own context ({@code <servlet name>.context}, registered by the system bundle, as
     * {@code WhiteboardServlets} registers it):
     * none left behind by Pax Web's whiteboard (docs/modules.md, "The platform's own servlets").
     */
    static void everyKinerjaServletMapped(org.osgi.framework.BundleContext context) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        java.util.Map<Long, String> registered = new java.util.TreeMap<>();
        java.util.Map<Long, String> mappedIn = new java.util.TreeMap<>();
        java.util.List<String> contexts = new java.util.ArrayList<>();
        while (true) {
            registered.clear();
            mappedIn.clear();
            contexts.clear();
            org.osgi.framework.ServiceReference<?>[] servlets = context.getServiceReferences("javax.servlet.Servlet",
                    "(osgi.http.whiteboard.servlet.name=*)");
            for (org.osgi.framework.ServiceReference<?> servlet : servlets == null ? new org.osgi.framework.ServiceReference<?>[0] : servlets) {
                if (servlet.getBundle() != null && servlet.getBundle().getSymbolicName().startsWith("id.kinerja.")) {
                    registered.put((Long) servlet.getProperty(org.osgi.framework.Constants.SERVICE_ID),
                            (String) servlet.getProperty("osgi.http.whiteboard.servlet.name"));
                }
            }
            org.osgi.service.http.runtime.dto.RuntimeDTO runtime = context.getService(
                    context.getServiceReference(org.osgi.service.http.runtime.HttpServiceRuntime.class)).getRuntimeDTO();
            for (org.osgi.service.http.runtime.dto.ServletContextDTO served : runtime.servletContextDTOs) {
                contexts.add(served.name);
                for (org.osgi.service.http.runtime.dto.ServletDTO servlet : served.servletDTOs) {
                    mappedIn.put(servlet.serviceId, served.name);
                }
            }
            boolean each = registered.size() >= 5;
            for (java.util.Map.Entry<Long, String> servlet : registered.entrySet()) {
                each &= (servlet.getValue() + ".context").equals(mappedIn.get(servlet.getKey()));
                // the servlet's context belongs to the system bundle, which the whiteboard never forgets as it
                // forgets a bundle it hears late to have stopped
                org.osgi.framework.ServiceReference<?>[] contextOf = context.getServiceReferences(
                        "org.osgi.service.http.context.ServletContextHelper", "(osgi.http.whiteboard.context.name=" + servlet.getValue() + ".context)");
                each &= contextOf != null && contextOf.length == 1 && contextOf[0].getBundle().getBundleId() == 0;
            }
            if (each) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                fail("registered " + registered + ", mapped in " + mappedIn + ", contexts " + contexts);
            }
            Thread.sleep(100);
        }
    }

    static void awaitApi(String path) throws Exception {
        KinerjaPlatform.awaitApi(path);
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

    /** The person's newest notification whose title starts so (the platform keeps them asynchronously), waiting up to 10 s. */
    static com.fasterxml.jackson.databind.JsonNode notification(String nip, String title) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        do {
            for (com.fasterxml.jackson.databind.JsonNode n : expect(200, as(nip, "GET", "/notifications?limit=50", null)).get("items")) {
                if (n.get("title").asText().startsWith(title)) {
                    return n;
                }
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError(nip + " was not told '" + title + "': " + expect(200, as(nip, "GET", "/notifications", null)));
    }

    /**
     * The ids of a list read page after page of one through the cursors alone (a server reading the first
     * page again would never end), by the personnel officer or by {@code actorNip}.
     */
    static List<Long> idsPageAfterPage(String actorNip, String list) throws Exception {
        List<Long> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages == 0 || after != null; pages++) {
            assertTrue("more pages than items", pages <= 100);
            String path = list + (list.endsWith("?") ? "" : "&") + "limit=1" + (after == null ? "" : "&after=" + after);
            JsonNode page = expect(200, actorNip == null ? get(path) : as(actorNip, "GET", path, null));
            ids.addAll(ids(page.get("items")));
            after = page.hasNonNull("next") ? page.get("next").asText() : null;
        }
        return ids;
    }

    /**
     * The ids of a list read page after page of one by their offsets alone (the database skips the items
     * before each), until the page past its end, which counts the list exactly.
     */
    static List<Long> idsPageByOffset(String actorNip, String list) throws Exception {
        List<Long> ids = new ArrayList<>();
        while (true) {
            assertTrue("more pages than items", ids.size() <= 100);
            String path = list + (list.endsWith("?") ? "" : "&") + "limit=1&offset=" + ids.size();
            JsonNode page = expect(200, actorNip == null ? get(path) : as(actorNip, "GET", path, null));
            if (page.get("items").isEmpty()) {
                assertEquals("past its end, the list counted", ids.size(), page.get("total").asInt());
                assertTrue(page.get("totalExact").asBoolean());
                return ids;
            }
            ids.addAll(ids(page.get("items")));
        }
    }

    /** The ids of a list's items. */
    static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    /** A GET by the personnel officer {@link #OFFICER}. */
    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    /** A request by the personnel officer {@link #OFFICER}. */
    static HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return request(officer(), method, path, contentType, body);
    }

    /** A request without a token, as a citizen makes it. */
    static HttpResponse<String> anonymous(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return request(null, method, path, contentType, body);
    }

    private static HttpResponse<String> request(String nip, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return KinerjaPlatform.request(nip, method, path, contentType, body);
    }

    /** A request by a person, with their token; {@code json} may be {@code null}. */
    static HttpResponse<String> as(String actorNip, String method, String path, String json)
            throws IOException, InterruptedException {
        return KinerjaPlatform.as(actorNip, method, path, json);
    }

    static String bearer(String nip) {
        return KinerjaPlatform.bearer(nip);
    }

    static <T> T service(Class<T> type) {
        return KinerjaPlatform.service(type);
    }

    /** The personnel officer of the tests ({@link KinerjaPlatform#officer()}). */
    static String officer() {
        return KinerjaPlatform.officer();
    }

    /** Assigns a role as an administrator does, in the console. */
    static void assign(String nip, String role) {
        adminConsole("kinerja:role-assign " + nip + " " + role, "diberikan");
    }

    /** Runs a console command as an administrator does and returns what it printed. */
    static String console(String command) {
        return KinerjaPlatform.console(command);
    }

    static String adminConsole(String command, String expected) {
        return KinerjaPlatform.adminConsole(command, expected);
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
