package id.kinerja.complaints.internal.rest;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/**
 * {@code /aduan}, the short address a city prints on posters and its website: leads to the citizens'
 * page of the web application (with the module: gone when it is removed).
 */
@Component(service = Servlet.class, property = { HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/aduan",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/aduan/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=kinerja-aduan" })
public class ComplaintPortalAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/app/#/aduan";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-cache");
        response.sendRedirect(PAGE);
    }
}
