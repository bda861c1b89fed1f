package id.kinerja.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * {@code GET /health} for load balancers and monitoring: 200 {@code {"status":"UP"}} or 503
 * {@code {"status":"DOWN"}}, nothing else (who may know why asks {@code /api/v1/health}). Outside
 * the REST API on purpose: it answers while the API is being rebuilt, and needs no token.
 */
@Component(service = Servlet.class, property = { HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/health",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=kinerja-health" })
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PlatformHealth health;

    @Activate
    public HealthServlet(@Reference PlatformHealth health) {
        this.health = health;
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
