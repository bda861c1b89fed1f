package id.kinerja.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import id.kinerja.core.api.ui.UiContribution;

/**
 * The web application at {@code /app/}: the shell's own files from this bundle's {@code web/}
 * folder, and each installed module's files at {@code /app/m/{id}/...} from that module's bundle
 * (never a file of a module that is not installed). Every answer carries a strict
 * Content-Security-Policy and is never cached without asking again, so a module updated at runtime
 * is seen at the next page load.
 */
@Component(service = Servlet.class, property = { HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN + "=/app/*",
        HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME + "=kinerja-app" })
public class WebAppServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String MODULES = "m/";

    private final transient Map<String, UiContribution> modules = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindContribution(UiContribution contribution) {
        modules.put(contribution.id(), contribution);
    }

    void unbindContribution(UiContribution contribution) {
        modules.remove(contribution.id(), contribution);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? "index.html" : request.getPathInfo().substring(1);
        URL file = locate(path);
        response.setHeader("Content-Security-Policy", WebFiles.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-cache");
        if (file == null) {
            response.setStatus(404);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"NOT_FOUND\",\"message\":\"Berkas tidak ditemukan\",\"messageEn\":\"No such file\",\"field\":null}");
            return;
        }
        response.setContentType(WebFiles.contentType(path));
        try (InputStream in = file.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The file a path names: the shell's own, or an installed module's; {@code null} if none. */
    private URL locate(String path) {
        if (!path.startsWith(MODULES)) {
            return WebFiles.servable(path) ? FrameworkUtil.getBundle(WebAppServlet.class).getEntry("web/" + path) : null;
        }
        int slash = path.indexOf('/', MODULES.length());
        UiContribution module = slash < 0 ? null : modules.get(path.substring(MODULES.length(), slash));
        String rest = slash < 0 ? null : path.substring(slash + 1);
        if (module == null || !WebFiles.servable(rest)) {
            return null;
        }
        Bundle bundle = FrameworkUtil.getBundle(module.getClass());
        return bundle == null ? null : bundle.getEntry(module.resourceFolder() + "/" + rest);
    }
}
