package id.kinerja.http.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * Answers at the API's addresses while the API's own servlet is not there: the platform starting,
 * or its REST bundle restarted or updated. Registered at the same pattern with a lower ranking, it
 * is shadowed by the API's servlet (the HTTP whiteboard serves the highest ranked) and takes over
 * the moment that one leaves: a client is told 503 with {@code Retry-After}, in the API's JSON,
 * never the web server's HTML 404.
 */
@Component(service = Servlet.class, property = {
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=" + JsonErrorHandler.API_ROOT + "/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=kinerja-api-away",
        Constants.SERVICE_RANKING + ":Integer=-1000" })
public class ApiAwayServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "2");
        JsonErrorHandler.SECURITY_HEADERS.forEach(response::setHeader);
        response.setContentType("application/json;charset=UTF-8");
        byte[] body = JsonErrorHandler.STARTING.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
