package id.kinerja.http.internal;

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

    private volatile long ioTimeoutMillis;

    @Activate
    @Modified
    void configure(SlowClientsConfig config) {
        this.ioTimeoutMillis = Math.max(1000, config.ioTimeoutMillis());
    }

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        if (configuration.getIdleTimeout() != ioTimeoutMillis) {
            configuration.setIdleTimeout(ioTimeoutMillis);
        }
    }
}
