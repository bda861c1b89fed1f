package id.kinerja.openapi.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.web.WhiteboardServlets;

/**
 * {@code /api-docs/}: the API's description to browse and try (Swagger UI, from its WebJar, inside
 * this bundle: no CDN), reading {@code /api/openapi.json}. No inline script (the page's own
 * {@code init.js}); Swagger UI's inline styles are the one relaxation of the platform's policy.
 */
@Component(service = {}, immediate = true)
public class ApiDocsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final Map<String, String> FILES = Map.of(
            "/", "text/html",
            "/init.js", "text/javascript",
            "/swagger-ui-bundle.js", "text/javascript",
            "/swagger-ui.css", "text/css");

    /**
     * The web server as this bundle's own service object, held while the servlet is registered: Pax
     * Web's whiteboard may drop a use of it late after a quick restart of the bundle, which without
     * this one would stop the bundle's web server and unmap the servlet (docs/modules.md, "The
     * platform's own servlets").
     */
    @Reference
    private transient WebContainer webServer;
    private transient WhiteboardServlets.Registration registration;

    @Activate
    void activate(BundleContext context) {
        registration = WhiteboardServlets.register(context, this, "kinerja-api-docs", "/api-docs/*");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + "/api-docs/");
            return;
        }
        String type = FILES.get(path);
        if (type == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String resource = "/docs" + ("/".equals(path) ? "/index.html" : path);
        try (InputStream in = ApiDocsServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(type + ";charset=UTF-8");
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }
}
