package id.kinerja.complaints.internal.rest;

import java.io.IOException;

import javax.servlet.RequestDispatcher;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.web.WhiteboardServlets;

/**
 * Serves Open311 at the address citizen apps expect, {@code /open311/v2/...}, by handing each
 * request to the platform's REST API ({@link Open311Resource}), with the module. The path is handed
 * on as it came (still encoded), so that {@code %25} or {@code %2F} mean the same there; a path the
 * container cannot dispatch gets the API's 404.
 */
@Component(service = {}, immediate = true)
public class Open311Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NO_SUCH_PATH = "tidak-dikenal";

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
        registration = WhiteboardServlets.register(context, this, "kinerja-open311", "/open311/*");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String prefix = request.getContextPath() + request.getServletPath();
        String uri = request.getRequestURI();
        String path = uri != null && uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        RequestDispatcher api = path.isEmpty() || path.startsWith("/") ? request.getRequestDispatcher(RestResource.ROOT + "/v1/open311" + path)
                : null;
        if (api == null) {
            // answered by the API as any unknown address is: 404 in its JSON shape, with its headers
            api = request.getRequestDispatcher(RestResource.ROOT + "/v1/open311/" + NO_SUCH_PATH);
        }
        api.forward(request, response);
    }
}
