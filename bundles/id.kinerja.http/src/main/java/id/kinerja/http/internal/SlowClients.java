package id.kinerja.http.internal;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A client that stops sending (or reading) cannot hold a web server thread for long: a blocking
 * read or write that waits longer than {@code ioTimeoutMillis} for the client ends the request. Pax
 * Web applies every {@link HttpConfiguration.Customizer} registered as an OSGi service to each
 * request of its connectors; this one keeps their configuration at the platform's limit (a changed
 * setting applies to the next request). The minimum data rate of request bodies is the API
 * servlet's (Jetty's own counts the time a request waited for the server, and refuses small bodies
 * read late).
 */
@Component(service = HttpConfiguration.Customizer.class, configurationPid = "id.kinerja.http")
@Designate(ocd = SlowClientsConfig.class)
public class SlowClients implements HttpConfiguration.Customizer {

    /** The connectors' configurations seen so far: a changed setting reaches them at once, not one request late. */
    private final Set<HttpConfiguration> configurations = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile long ioTimeoutMillis;

    @Activate
    @Modified
    void configure(SlowClientsConfig config) {
        this.ioTimeoutMillis = Math.max(1000, config.ioTimeoutMillis());
        synchronized (configurations) {
            configurations.forEach(this::apply);
        }
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        // Jetty reads the timeout when a request begins, before the customizers run: this one counts from the next request
        if (configurations.add(configuration) || configuration.getIdleTimeout() != ioTimeoutMillis) {
            apply(configuration);
        }
    }

    private void apply(HttpConfiguration configuration) {
        configuration.setIdleTimeout(ioTimeoutMillis);
    }
}
