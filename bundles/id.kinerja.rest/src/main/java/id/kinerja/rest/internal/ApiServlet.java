package id.kinerja.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.media.multipart.MultiPartFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.web.WhiteboardServlets;

/**
 * The one servlet of the REST API: a whiteboard for {@link RestResource} services.
 * <p>
 * Every change of the set of resources schedules a rebuild of the Jersey application, debounced so
 * that many bundles starting together cause one rebuild. While the platform starts, only the first
 * build runs (it loads Jersey while the modules start) and the next waits until the start has settled
 * (see {@link #settled()}), so a start builds the API twice rather than once per module on its way.
 * A rebuild creates a new Jersey container
 * beside the old one and swaps it in: requests already running finish on the old container, which
 * is destroyed once they are done, so no request fails during the swap. Until the platform has
 * started (see {@link #platformStarted()}) and the first container could be built, requests get
 * HTTP 503. A build that fails is retried with a
 * growing delay, so a failure during startup never leaves the API without its resources.
 * <p>
 * The servlet registers itself as a whiteboard servlet when it is activated, holding the web server
 * ({@link WebContainer}) of its bundle meanwhile, and unregisters when it is deactivated, as every
 * servlet of the platform does (docs/modules.md, "The platform's own servlets", says why).
 */
@Component(service = {}, immediate = true)
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    static final long DEBOUNCE_MILLIS = 150;
    static final long RETRY_MILLIS = 500;
    static final long MAX_RETRY_MILLIS = 30_000;
    /** Registered by Karaf's features service once the boot features are installed and started. */
    static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    /** The servlet's name in the web server (its runtime lists it by this name). */
    static final String NAME = "kinerja-api";
    static final String[] PATTERNS = { RestResource.ROOT + "/*" };
    static final long SETTLE_MAX_MILLIS = 60_000;
    /** How often a rebuild held back while the platform starts looks whether the start has settled. */
    static final long SETTLE_POLL_MILLIS = 100;
    /** How long a stopping servlet lets running requests finish before it destroys their containers. */
    static final long STOP_DRAIN_MAX_MILLIS = 10_000;

    private final Set<RestResource> resources = Collections.synchronizedSet(
            Collections.newSetFromMap(new IdentityHashMap<>()));
    private final transient ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kinerja-api-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final Object scheduleLock = new Object();
    private final transient Generations<ServletContainer> generations = new Generations<>(ServletContainer::destroy);
    private final transient RefusalLog refusals = new RefusalLog(java.time.Clock.systemUTC());
    private final transient Departures departures = new Departures(System::currentTimeMillis, type -> {
        Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(type);
        return bundle != null && bundle.getState() != Bundle.UNINSTALLED;
    });
    private transient ScheduledFuture<?> pendingRebuild;
    private transient volatile ServletConfig servletConfig;
    private transient volatile Bundle systemBundle;
    private transient volatile BundleContext bundleContext;
    private long failedBuilds;
    private volatile int beginningStartLevel = 1;
    private volatile boolean started;
    private volatile boolean settleWarned;
    private volatile long bootFinishedAt;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;

    /**
     * The web server as this bundle's own service object, held while the servlet is registered: Pax
     * Web's whiteboard may drop a use of it late after a quick restart of the bundle, which without
     * this one would stop the bundle's web server and unmap the servlet (docs/modules.md, "The
     * platform's own servlets").
     */
    @Reference
    private transient WebContainer webServer;
    private transient WhiteboardServlets.Registration registration;

    /** The client's address behind the city's proxies (its own configuration: a change never re-registers this servlet). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClientAddress clientAddress;

    /** Limits the uploads one client has in flight at once (without it: no limit). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClientUploads uploads;

    /** Authenticates every caller; without it every request is refused (503). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccessControl accessControl;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindResource(RestResource resource) {
        resources.add(resource);
        scheduleRebuild(DEBOUNCE_MILLIS);
    }

    void unbindResource(RestResource resource) {
        synchronized (resources) {
            resources.remove(resource);
            departures.departed(resource);
        }
        // a resource going away is served no longer than needed: its services are being deactivated
        scheduleRebuild(0);
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        servletConfig = config;
        scheduleRebuild(0);
    }

    @Activate
    void activate(BundleContext context) {
        this.bundleContext = context;
        this.systemBundle = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        this.beginningStartLevel = beginning == null ? 1 : Integer.parseInt(beginning.trim());
        registration = WhiteboardServlets.register(context, this, NAME, PATTERNS);
    }

    /**
     * Whether the platform has started: the framework reached its beginning start level, Karaf
     * installed its boot features, and every REST resource component of an active bundle is up (its
     * JPA unit, for instance, may still be on its way). Before that, a request would get a misleading
     * 404 or hit half-wired bundles, so the API answers 503. A component still missing
     * {@link #SETTLE_MAX_MILLIS} after the boot features are in is logged and no longer waited for:
     * one broken module must not keep the whole API away.
     */
    private boolean platformStarted() {
        if (started) {
            return true;
        }
        if (!settled() || rebuildPending() && System.currentTimeMillis() - bootFinishedAt < SETTLE_MAX_MILLIS) {
            return false;
        }
        started = true;
        return true;
    }

    /**
     * Whether the start has settled: the framework reached its beginning start level, Karaf installed
     * its boot features, and every REST resource component of an active bundle is up, or
     * {@link #SETTLE_MAX_MILLIS} went by since the boot features were in.
     */
    private boolean settled() {
        Bundle system = systemBundle;
        BundleContext context = bundleContext;
        if (system == null || context == null || system.getState() != Bundle.ACTIVE
                || system.adapt(FrameworkStartLevel.class).getStartLevel() < beginningStartLevel
                || context.getServiceReference(BOOT_FINISHED) == null) {
            return false;
        }
        long now = System.currentTimeMillis();
        if (bootFinishedAt == 0) {
            bootFinishedAt = now;
        }
        List<String> pending = pendingResourceComponents();
        if (pending.isEmpty()) {
            return true;
        }
        if (now - bootFinishedAt < SETTLE_MAX_MILLIS) {
            return false;
        }
        if (!settleWarned) {
            settleWarned = true;
            LOG.warn("REST resources still not available {} s after startup, serving without them: {}", SETTLE_MAX_MILLIS / 1000, pending);
        }
        return true;
    }

    /** Whether a rebuild is scheduled or running (its resources are not served yet). */
    private boolean rebuildPending() {
        synchronized (scheduleLock) {
            return pendingRebuild != null && !pendingRebuild.isDone();
        }
    }

    /** REST resource components of active bundles that are enabled but not (yet) satisfied. */
    private List<String> pendingResourceComponents() {
        ServiceComponentRuntime runtime = scr;
        if (runtime == null) {
            return List.of();
        }
        List<String> pending = new ArrayList<>();
        for (ComponentDescriptionDTO description : runtime.getComponentDescriptionDTOs()) {
            if (description.serviceInterfaces == null || !Arrays.asList(description.serviceInterfaces).contains(RestResource.class.getName())) {
                continue;
            }
            Bundle bundle = bundleContext.getBundle(description.bundle.id);
            if (bundle == null || bundle.getState() != Bundle.ACTIVE || !runtime.isComponentEnabled(description)) {
                continue;
            }
            boolean up = runtime.getComponentConfigurationDTOs(description).stream()
                    .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED);
            if (!up) {
                pending.add(description.name);
            }
        }
        return pending;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ClientAddress addresses = clientAddress;
        String client = addresses == null ? request.getRemoteAddr() : addresses.of(request);
        request.setAttribute(RestResource.CLIENT_ADDRESS_ATTRIBUTE, client);
        ClientUploads limit = hasBody(request) ? uploads : null;
        if (limit != null && !limit.begin(client)) {
            writeError(response, 429, "5", ErrorResponses.json("TOO_MANY_UPLOADS", null,
                    "Terlalu banyak kiriman bersamaan dari alamat ini; tunggu yang sedang berjalan selesai",
                    "Too many uploads at once from this address; wait for the ones in progress"));
            return;
        }
        try {
            serve(limit == null ? request : limit.guard(request), response);
        } finally {
            if (limit != null) {
                limit.end(client);
            }
        }
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!ContentTypes.parsable(request.getContentType())) {
            // Jersey would answer an empty 400 before any filter of ours runs
            writeError(response, 400, null, ErrorResponses.json("INVALID_CONTENT_TYPE", "Content-Type",
                    "Jenis isi permintaan (Content-Type) tidak dapat dibaca", "The request's content type (Content-Type) cannot be parsed"));
            return;
        }
        if (departures.away(request.getPathInfo())) {
            writeError(response, 503, "2", ErrorResponses.json("MODULE_UNAVAILABLE", null,
                    "Modul sedang dihentikan atau diperbarui, coba lagi sebentar", "The module is being stopped or updated, try again shortly"));
            return;
        }
        Generations.Generation<ServletContainer> generation = platformStarted() ? generations.acquire() : null;
        if (generation == null) {
            writeError(response, 503, "2", ErrorResponses.json("STARTING", null, "Layanan sedang dimulai, coba lagi sebentar",
                    "The service is starting, try again shortly"));
            return;
        }
        try {
            generation.container().service(request, response);
        } finally {
            generations.release(generation);
        }
    }

    /** An error answered by the servlet itself, in the API's shape and with its security headers. */
    private static void writeError(HttpServletResponse response, int status, String retryAfter, String json) throws IOException {
        response.setStatus(status);
        SecurityHeaders.HEADERS.forEach(response::setHeader);
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json);
    }

    /**
     * The bundle stops (restart, update) or the platform shuts down: the servlet is unregistered first
     * (once unmapped, new requests are told 503 by the web server's own handler), and the requests
     * still running finish on their containers before those are destroyed.
     */
    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } finally {
            synchronized (scheduleLock) {
                scheduler.shutdownNow();
            }
            generations.close(STOP_DRAIN_MAX_MILLIS);
        }
    }

    private void scheduleRebuild(long delayMillis) {
        synchronized (scheduleLock) {
            if (scheduler.isShutdown()) {
                return;
            }
            if (pendingRebuild != null) {
                pendingRebuild.cancel(false);
            }
            pendingRebuild = scheduler.schedule(this::rebuild, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void rebuild() {
        ServletConfig config = servletConfig;
        if (config == null) {
            return;
        }
        if (!started && generations.serving() && !settled()) {
            // nothing is served before the start has settled: a build for each module on its way
            // would only take the processor from the modules starting
            scheduleRebuild(SETTLE_POLL_MILLIS);
            return;
        }
        List<RestResource> snapshot;
        long departuresMark;
        synchronized (resources) {
            departuresMark = departures.mark();
            snapshot = List.copyOf(resources);
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ApiServlet.class.getClassLoader());
        ServletContainer container;
        Generations.Generation<ServletContainer> next = generations.next();
        try {
            container = new ServletContainer(applicationOf(snapshot, () -> accessControl, refusals, next::retired));
            container.init(config);
        } catch (Throwable e) { // NOSONAR: an uncaught throwable would silently end this scheduled task
            // e.g. Jersey's injection manager (bundle jersey-hk2) is not started yet, or a resource's
            // bundle is being refreshed: the previous container stays in service and we try again.
            long delay = Math.min(MAX_RETRY_MILLIS, RETRY_MILLIS << Math.min(6, failedBuilds++));
            if (failedBuilds <= 3) {
                LOG.info("REST API not ready with {} resources ({}), retrying in {} ms", snapshot.size(), e.toString(), delay);
            } else {
                LOG.warn("REST API could not be built with {} resources, retrying in {} ms", snapshot.size(), delay, e);
            }
            scheduleRebuild(delay);
            if (e instanceof VirtualMachineError) {
                throw (VirtualMachineError) e;
            }
            return;
        } finally {
            thread.setContextClassLoader(previous);
        }
        failedBuilds = 0;
        if (!generations.serve(next, container)) {
            return; // stopped meanwhile: this container never serves
        }
        departures.served(snapshot, departuresMark);
        LOG.info("REST API serving {} resources: {}", snapshot.size(), names(snapshot));
    }

    private static String names(List<RestResource> resources) {
        return resources.stream().map(r -> r.getClass().getSimpleName()).sorted().toList().toString();
    }

    static ResourceConfig applicationOf(List<RestResource> resources, Supplier<AccessControl> access, RefusalLog refusals,
            java.util.function.BooleanSupplier retired) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("kinerja-api");
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(MultiPartFeature.class);
        config.register(new ObjectMapperResolver());
        config.register(new KinerjaExceptionMapper());
        config.register(new JsonExceptionMapper());
        config.register(new WebApplicationExceptionMapper());
        config.register(new UnexpectedExceptionMapper(retired));
        config.register(new SecurityHeaders());
        config.register(new RefusalLog.Filter(refusals));
        config.register(new ContentTypes());
        config.register(new NulCharacters.Filter());
        config.register(new Authorization(access));
        config.register(new CallerInjection());
        config.register(new Authorization.WriteLog(access), javax.ws.rs.Priorities.USER);
        for (RestResource resource : resources) {
            config.register(resource);
        }
        return config;
    }
}
