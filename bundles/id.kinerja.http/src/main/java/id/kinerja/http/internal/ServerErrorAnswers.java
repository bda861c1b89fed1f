package id.kinerja.http.internal;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.osgi.service.component.annotations.Component;

/**
 * Gives the web server the platform's error answers ({@link JsonErrorHandler}). Pax Web adds every
 * Jetty {@link Handler} registered as an OSGi service to its server; this one handles no request
 * itself: when it joins the server, it makes the server's error handler the platform's. Only the
 * server's error handler answers the requests Jetty refuses before any servlet sees them.
 * <p>
 * Pax Web makes its Jetty server anew when such a handler arrives or leaves (once at startup, before
 * the API is served; and if this bundle is restarted). It cannot be registered before Pax Web
 * starts: Pax Web 8.0.33 fails to start when it finds a handler service already there.
 */
@Component(service = Handler.class)
public class ServerErrorAnswers extends AbstractHandler {

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        if (server != null && !(server.getErrorHandler() instanceof JsonErrorHandler)) {
            JsonErrorHandler errors = new JsonErrorHandler();
            // its server first: a server that is starting starts the new error handler at once, which then may not change server
            errors.setServer(server);
            server.setErrorHandler(errors);
        }
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response) {
        // requests are the servlets' business
    }
}
