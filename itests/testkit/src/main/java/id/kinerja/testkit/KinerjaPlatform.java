package id.kinerja.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.karaf.kar.KarService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;

/**
 * The running platform, as a test inside the container sees it: its REST API over real HTTP in a
 * person's name, its services, its console, and a module's KAR installed as an administrator
 * installs it. Configure the container with {@link KinerjaContainer}.
 */
public final class KinerjaPlatform {

    /** System property with the container's HTTP port (set by {@link KinerjaContainer}). */
    public static final String PORT = "kinerja.itest.port";
    /** The personnel officer (role PERSONNEL_OFFICER) that {@link #officer()} registers. */
    public static final String OFFICER = "196812312000121999";
    /** The unit of the tests' people. */
    public static final String TEST_UNIT = "ITADM";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static volatile boolean officerReady;

    private KinerjaPlatform() {
    }

    /** The address of an API path, e.g. {@code /staff} is {@code http://localhost:<port>/api/v1/staff}. */
    public static String api(String path) {
        return "http://localhost:" + System.getProperty(PORT) + "/api/v1" + path;
    }

    /**
     * Waits until the REST API serves {@code path} (the platform or a module may still be starting):
     * asked without a token, a served endpoint answers 401 (or 200 if it is public). Fails after 60 s
     * with the platform's state and its warnings.
     */
    public static void awaitApi(String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        int status = -1;
        String body = "";
        while (System.currentTimeMillis() < deadline) {
            try {
                // a short timeout: a connection the starting web server accepted may be dropped unanswered
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
        throw new AssertionError("API " + path + " did not answer 200 within 60 s (last status " + status + ": " + body + "); "
                + platformState() + "\nWarnings and errors of the container:\n" + containerProblems() + threadsOfInterest());
    }

    /** A request in the name of the person {@code nip} (with their token), or anonymous for {@code null}; {@code body} may be {@code null}. */
    public static HttpResponse<String> request(String nip, String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api(path))).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (nip != null) {
            request.header("Authorization", bearer(nip));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with a JSON body (or none, for {@code null}) in the name of the person {@code nip}. */
    public static HttpResponse<String> as(String nip, String method, String path, String json) throws IOException, InterruptedException {
        return request(nip, method, path, json == null ? null : "application/json", json);
    }

    /** The {@code Authorization} header of a person: a token issued inside the platform, as console commands get one. */
    public static String bearer(String nip) {
        return "Bearer " + TOKENS.computeIfAbsent(nip, n -> service(AccessControl.class).issueToken(n, "itest"));
    }

    /** An OSGi service of the container, waited for like an injected one (up to 90 s). */
    public static <T> T service(Class<T> type) {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context(), type, null);
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
     * The personnel officer {@link #OFFICER}, registered in a unit of their own ({@link #TEST_UNIT})
     * and given the role PERSONNEL_OFFICER the first time it is needed, as an administrator sets up a
     * new city.
     */
    public static synchronized String officer() {
        if (!officerReady) {
            register(OFFICER, "Petugas BKPSDM Uji", null);
            adminConsole("kinerja:role-assign " + OFFICER + " PERSONNEL_OFFICER", "diberikan");
            officerReady = true;
        }
        return OFFICER;
    }

    /** A staff member of the tests' unit (a PNS at III/b), with a supervisor or none; nothing happens if the NIP is registered. */
    public static void register(String nip, String name, String supervisorNip) {
        StaffService staff = service(StaffService.class);
        if (staff.find(nip).isPresent()) {
            return;
        }
        OrgUnitService units = service(OrgUnitService.class);
        if (units.find(TEST_UNIT).isEmpty()) {
            units.create(new OrgUnit(TEST_UNIT, "Sekretariat Uji", null));
        }
        staff.create(new StaffMember(nip, name, EmploymentType.PNS, "III/b", null, "Analis SDM Aparatur", PositionKind.FUNGSIONAL, 9,
                TEST_UNIT, supervisorNip, null, null, null, null, null));
    }

    /** Runs a console command as the platform's administrator; what it prints must contain {@code expected}. */
    public static String adminConsole(String command, String expected) {
        String out = console(command);
        if (!out.contains(expected)) {
            throw new IllegalStateException(command + ": " + out);
        }
        return out;
    }

    /**
     * Runs a console command as the platform's administrator and returns what it printed. A command
     * not there yet (its bundle's commands are registered a moment after the API serves) is asked
     * again for up to 30 s.
     */
    public static String console(String command) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            Session session = service(SessionFactory.class).create(new ByteArrayInputStream(new byte[0]), print, print);
            try {
                session.execute(command);
                return out.toString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                if (!"CommandNotFoundException".equals(e.getClass().getSimpleName()) || System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException(command + ": " + e.getMessage() + "\n" + out.toString(StandardCharsets.UTF_8), e);
                }
            } finally {
                session.close();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(command + ": interrupted", e);
            }
        }
    }

    /**
     * Installs the KAR of the module under test (the file its build made, named by
     * {@link KinerjaContainer#MODULE_KAR}) as a city's administrator does; returns its path.
     */
    public static Path installModule() throws Exception {
        String kar = System.getProperty(KinerjaContainer.MODULE_KAR, "");
        if (kar.isBlank()) {
            throw new IllegalStateException("no module KAR named: set " + KinerjaContainer.MODULE_KAR
                    + " (the parent kinerja-bundles does, for mvn verify)");
        }
        Path path = Path.of(kar);
        installKar(path);
        return path;
    }

    /** Installs a module's KAR (its features and bundles in one file) as {@code kar:install} does. */
    public static void installKar(Path kar) throws Exception {
        if (!Files.isRegularFile(kar)) {
            throw new IllegalStateException("no KAR at " + kar + " (mvn package makes it)");
        }
        service(KarService.class).install(kar.toUri());
    }

    /** Uninstalls a KAR installed by {@link #installKar} (its features go; the module's data stays). */
    public static void uninstallKar(Path kar) throws Exception {
        String name = kar.getFileName().toString().replaceFirst("\\.kar$", "");
        service(KarService.class).uninstall(name);
    }

    /** The WARN and ERROR lines of the container's karaf.log (with their stack traces), for failure messages. */
    public static String containerProblems() {
        Path log = Path.of(System.getProperty("karaf.data", "data"), "log", "karaf.log");
        try (Stream<String> lines = Files.lines(log)) {
            StringBuilder out = new StringBuilder();
            boolean inProblem = false;
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.matches("^\\d{4}-\\d{2}-\\d{2}T.*")) {
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
    public static String platformState() {
        BundleContext context = context();
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
    public static String threadsOfInterest() {
        StringBuilder out = new StringBuilder("Threads:\n");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String name = thread.getName();
            if (name.startsWith("kinerja") || name.startsWith("FelixStartLevel") || name.startsWith("features-") || name.startsWith("SCR")) {
                out.append('"').append(name).append("\" ").append(thread.getState()).append('\n');
                for (StackTraceElement frame : stack) {
                    out.append("    at ").append(frame).append('\n');
                }
            }
        });
        return out.toString();
    }

    private static BundleContext context() {
        Bundle bundle = FrameworkUtil.getBundle(KinerjaPlatform.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            throw new IllegalStateException("KinerjaPlatform is for tests inside the container (see KinerjaContainer)");
        }
        return bundle.getBundleContext();
    }
}
