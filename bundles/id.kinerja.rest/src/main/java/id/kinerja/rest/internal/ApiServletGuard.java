package id.kinerja.rest.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.rest.RestResource;

/**
 * Makes sure the API servlet is really served after a start. Pax Web's whiteboard can process the
 * servlet before the default context it targets and then never map it (seen once after a restart:
 * "No matching target context(s) for Whiteboard element", and every request to {@code /api}
 * answered Jetty's HTML 404 for good). Once Karaf's boot features are in, this asks the platform's
 * own HTTP endpoint: while {@code /api} answers something other than the servlet's JSON three times
 * in a row, the servlet component is registered anew (at most five times). It stops asking as soon
 * as the servlet answers.
 */
@Component(immediate = true)
public class ApiServletGuard {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServletGuard.class);
    static final long PERIOD_SECONDS = 5;
    static final int MISSES_BEFORE_RENEWAL = 3;
    static final int MAX_RENEWALS = 5;

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kinerja-api-guard");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int misses;
    private int renewals;

    /** What a check leads to. */
    enum Step {
        /** The servlet answered: stop checking. */
        DONE,
        /** Not yet (or not long enough): check again later. */
        WAIT,
        /** Missed too often: register the servlet again. */
        RENEW,
        /** Renewed too often: give up (and say so). */
        GIVE_UP
    }

    /** The next step after a check, given the misses in a row before it and the renewals so far. */
    static Step next(boolean answered, int missesBefore, int renewals) {
        if (answered) {
            return Step.DONE;
        }
        if (missesBefore + 1 < MISSES_BEFORE_RENEWAL) {
            return Step.WAIT;
        }
        return renewals < MAX_RENEWALS ? Step.RENEW : Step.GIVE_UP;
    }

    @Activate
    public ApiServletGuard(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        scheduler.scheduleWithFixedDelay(this::check, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        scheduler.shutdownNow();
    }

    private void check() {
        try {
            URI endpoint = endpoint();
            if (endpoint == null || context.getServiceReference(ApiServlet.BOOT_FINISHED) == null) {
                return;
            }
            ComponentDescriptionDTO servlet = scr.getComponentDescriptionDTO(context.getBundle(), ApiServlet.class.getName());
            if (servlet == null || !registered(servlet)) {
                misses = 0; // not meant to be served now (disabled by an administrator, or its references missing)
                return;
            }
            Step step = next(answeredByServlet(endpoint.resolve(RestResource.ROOT + "/")), misses, renewals);
            misses = step == Step.WAIT ? misses + 1 : 0;
            if (step == Step.DONE) {
                LOG.info("The API servlet answers at {}", endpoint);
                scheduler.shutdown();
                return;
            }
            if (step == Step.GIVE_UP) {
                LOG.error("The API servlet is still not served at {} after {} new registrations: restart Kinerja", endpoint, renewals);
                scheduler.shutdown();
                return;
            }
            if (step == Step.WAIT) {
                return;
            }
            renewals++;
            LOG.warn("The API servlet is not served at {} (the web server did not map it): registering it again ({}/{})", endpoint,
                    renewals, MAX_RENEWALS);
            scr.disableComponent(servlet).getValue();
            scr.enableComponent(servlet).getValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) { // NOSONAR: a failed check must not end the schedule
            LOG.debug("API servlet check failed: {}", e.toString());
        }
    }

    /** Whether Declarative Services has the servlet registered as a service (enabled, satisfied or active). */
    private boolean registered(ComponentDescriptionDTO servlet) {
        return scr.isComponentEnabled(servlet) && scr.getComponentConfigurationDTOs(servlet).stream()
                .anyMatch(c -> c.state == ComponentConfigurationDTO.SATISFIED || c.state == ComponentConfigurationDTO.ACTIVE);
    }

    /** The first HTTP endpoint the web server announces, with a host this machine reaches. */
    private URI endpoint() {
        ServiceReference<HttpServiceRuntime> runtime = context.getServiceReference(HttpServiceRuntime.class);
        Object endpoints = runtime == null ? null : runtime.getProperty("osgi.http.endpoint");
        String first = endpoints instanceof String[] list && list.length > 0 ? list[0]
                : endpoints instanceof java.util.Collection<?> c && !c.isEmpty() ? String.valueOf(c.iterator().next())
                : endpoints instanceof String s ? s : null;
        if (first == null || !first.startsWith("http://")) {
            return null; // HTTPS only: nothing to probe without the certificate's trust
        }
        return URI.create(first.replace("://0.0.0.0:", "://127.0.0.1:").replace("://[::]:", "://127.0.0.1:"));
    }

    /**
     * Whether the API servlet answered. Once the platform has booted it answers its root with its own
     * JSON 404; where no servlet is mapped, the web server answers 503 STARTING (id.kinerja.http) or,
     * without that fragment, its HTML 404.
     */
    private boolean answeredByServlet(URI uri) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return servletAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""));
    }

    /** The servlet's answer: JSON, and not the "starting" that also stands for "nothing mapped here". */
    static boolean servletAnswer(int status, String contentType) {
        return status != 503 && contentType.startsWith("application/json");
    }
}
