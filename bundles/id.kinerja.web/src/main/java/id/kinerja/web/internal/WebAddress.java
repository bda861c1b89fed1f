package id.kinerja.web.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever started the platform where to open the web application: one line on the console
 * at every start, from the HTTP server's own settings ({@code etc/org.ops4j.pax.web.cfg}).
 */
@Component(configurationPid = "org.ops4j.pax.web", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class WebAddress {

    private static final Logger LOG = LoggerFactory.getLogger(WebAddress.class);

    @Activate
    void activate(Map<String, Object> settings) {
        String address = addressOf(settings);
        System.out.println("Kinerja: buka aplikasi web di / open the web application at " + address);
        LOG.info("Web application at {}", address);
    }

    /** The address a person on this machine opens: HTTPS when it is on, {@code localhost} for every interface. */
    static String addressOf(Map<String, Object> settings) {
        boolean secure = "true".equalsIgnoreCase(text(settings.get("org.osgi.service.http.secure.enabled"), "false"));
        boolean plain = !"false".equalsIgnoreCase(text(settings.get("org.osgi.service.http.enabled"), "true"));
        String port = secure && !plain ? text(settings.get("org.osgi.service.http.port.secure"), "8443")
                : text(settings.get("org.osgi.service.http.port"), "8181");
        String host = text(settings.get("org.ops4j.pax.web.listening.addresses"), "0.0.0.0").split(",")[0].strip();
        if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return (secure && !plain ? "https" : "http") + "://" + host + ":" + port + "/app/";
    }

    private static String text(Object value, String otherwise) {
        return value == null || String.valueOf(value).isBlank() ? otherwise : String.valueOf(value).strip();
    }
}
