package id.kinerja.http.internal;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * In front of all of the web server's contexts: at the platform's own addresses, the web server's own
 * "not found" (Pax Web's default servlet, when no servlet of the context serves the address) becomes
 * 503 with {@code Retry-After}: the API's STARTING in JSON at the API's addresses and {@code /health}
 * (a load balancer takes the node out, a client tries again), a page that reloads itself in the web
 * application. That happens only while their servlet is not there: the platform starting, or the
 * bundle restarting or updated. Neither the API nor the web application answers by the servlet's
 * {@code sendError} (their 404s are bodies they write), so their own 404s pass untouched.
 * <p>
 * Configured from the first moment the server exists (this fragment's {@code jetty.xml}), so there is
 * no window in which the web server answers an API address with its HTML 404.
 */
public class ApiStartingHandler extends HandlerWrapper {

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (JsonErrorHandler.isApiAddress(request.getRequestURI()) || JsonErrorHandler.isWebAppAddress(request.getRequestURI())) {
            super.handle(target, baseRequest, request, new StartingInsteadOfNotFound(request, response));
        } else {
            super.handle(target, baseRequest, request, response);
        }
    }

    /** A response whose {@code sendError(404)} is 503, the platform starting. */
    static final class StartingInsteadOfNotFound extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        StartingInsteadOfNotFound(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (status == SC_NOT_FOUND && !isCommitted()) {
                resetBuffer();
                JsonErrorHandler.writeStarting(request, (HttpServletResponse) getResponse());
            } else if (message == null) {
                super.sendError(status);
            } else {
                super.sendError(status, message);
            }
        }
    }
}
