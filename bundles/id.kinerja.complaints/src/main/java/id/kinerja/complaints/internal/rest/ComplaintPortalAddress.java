package id.kinerja.complaints.internal.rest;

import java.io.IOException;

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
 * {@code /aduan}, the short address a city prints on posters and its website: leads to the citizens'
 * page of the web application (with the module: gone when it is removed).
 */
@Component(service = {}, immediate = true)
public class ComplaintPortalAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/app/#/aduan";

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
        registration = WhiteboardServlets.register(context, this, "kinerja-aduan", "/aduan", "/aduan/*");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        response.sendRedirect(PAGE);
    }
}
