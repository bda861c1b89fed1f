package id.kinerja.complaints.internal.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import id.kinerja.core.api.rest.RestResource;

/**
 * Serves Open311 at the address citizen apps expect, {@code /open311/v2/...}, by handing each
 * request to the platform's REST API ({@link Open311Resource}), with the module.
 */
@Component(service = Servlet.class, property = { HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/open311/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=kinerja-open311" })
public class Open311Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        request.getRequestDispatcher(RestResource.ROOT + "/v1/open311" + path).forward(request, response);
    }
}
