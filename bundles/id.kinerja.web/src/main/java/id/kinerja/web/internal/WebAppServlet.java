package id.kinerja.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.kinerja.core.api.ui.UiContribution;
import id.kinerja.core.api.web.WhiteboardServlets;

/**
 * The web application at {@code /app/}: the shell's own files from this bundle's {@code web/}
 * folder, and each installed module's files at {@code /app/m/{id}/...} from that module's bundle
 * (never a file of a module that is not installed). Every answer carries a strict
 * Content-Security-Policy and is never cached without asking again (an entity tag from the bundle's
 * last change answers 304 when nothing changed), so a module updated at runtime is seen at the next
 * page load; text is sent gzipped to browsers that read it.
 */
@Component(service = {}, immediate = true)
public class WebAppServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String MODULES = "m/";

    private final transient Map<String, UiContribution> modules = new ConcurrentHashMap<>();
    /** The compressed files by path and entity tag: a few dozen small files, emptied whenever a module comes or goes. */
    private final transient Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

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
        registration = WhiteboardServlets.register(context, this, "kinerja-app", "/app/*");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindContribution(UiContribution contribution) {
        modules.put(contribution.id(), contribution);
        gzipped.clear();
    }

    void unbindContribution(UiContribution contribution) {
        modules.remove(contribution.id(), contribution);
        gzipped.clear();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null || request.getPathInfo().equals("/") ? "index.html" : request.getPathInfo().substring(1);
        Located file = locate(path);
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
        // the bundle's id and its last change name a version of the file: asked again, an unchanged file costs a 304
        String etag = "\"" + file.bundle().getBundleId() + "-" + Long.toString(file.bundle().getLastModified(), 36) + "-" + Integer.toHexString(path.hashCode()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Vary", "Accept-Encoding");
        if (WebFiles.matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(304);
            return;
        }
        response.setContentType(WebFiles.contentType(path));
        byte[] content;
        try (InputStream in = file.url().openStream()) {
            content = in.readAllBytes();
        }
        byte[] body = content;
        if (WebFiles.compressible(path) && WebFiles.acceptsGzip(request.getHeader("Accept-Encoding"))) {
            body = gzipped.computeIfAbsent(path + etag, key -> gzip(content));
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length / 3 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A file and the bundle it comes from. */
    private record Located(URL url, Bundle bundle) {
    }

    private static Located located(Bundle bundle, String entry) {
        URL url = bundle == null ? null : bundle.getEntry(entry);
        return url == null ? null : new Located(url, bundle);
    }

    /** The file a path names: the shell's own, or an installed module's; {@code null} if none. */
    private Located locate(String path) {
        if (!path.startsWith(MODULES)) {
            return WebFiles.servable(path) ? located(FrameworkUtil.getBundle(WebAppServlet.class), "web/" + path) : null;
        }
        int slash = path.indexOf('/', MODULES.length());
        UiContribution module = slash < 0 ? null : modules.get(path.substring(MODULES.length(), slash));
        String rest = slash < 0 ? null : path.substring(slash + 1);
        if (module == null || !WebFiles.servable(rest)) {
            return null;
        }
        return located(FrameworkUtil.getBundle(module.getClass()), module.resourceFolder() + "/" + rest);
    }
}
