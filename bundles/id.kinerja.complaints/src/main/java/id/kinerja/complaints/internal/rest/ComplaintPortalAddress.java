package id.kinerja.complaints.internal.rest;

import java.io.IOException;

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
 * {@code /aduan}, the short address a city prints on posters and its website: leads to the citizens'
 * page of the web application (with the module: gone when it is removed).
 */
@Component(service = {}, immediate = true)
public class ComplaintPortalAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/app/#/aduan";

    /** The web server, as this bundle's own service object: the servlet is mapped while this component is active. */
    @Reference
    private transient WebContainer webServer;

    @Activate
    void activate() throws ServletException {
        webServer.registerServlet(this, "kinerja-aduan", new String[] { "/aduan", "/aduan/*" }, null, null);
    }

    @Deactivate
    void deactivate() {
        webServer.unregisterServlet(this);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        response.sendRedirect(PAGE);
    }
}
