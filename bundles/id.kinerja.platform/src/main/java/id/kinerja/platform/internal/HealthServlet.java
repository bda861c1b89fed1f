package id.kinerja.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /health} for load balancers and monitoring: 200 {@code {"status":"UP"}} or 503
 * {@code {"status":"DOWN"}}, nothing else (who may know why asks {@code /api/v1/health}). Outside
 * the REST API on purpose: it answers while the API is being rebuilt, and needs no token.
 */
@Component(service = {}, immediate = true)
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient PlatformHealth health;

    /** The web server, as this bundle's own service object: the servlet is mapped while this component is active. */
    @Reference
    private transient WebContainer webServer;

    @Activate
    void activate() throws ServletException {
        webServer.registerServlet(this, "kinerja-health", new String[] { "/health" }, null, null);
    }

    @Deactivate
    void deactivate() {
        webServer.unregisterServlet(this);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean up = health.report().up();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
    }
}
