package id.kinerja.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import id.kinerja.core.api.web.WhiteboardServlets;

/**
 * {@code /app/branding/}: the city's name ({@code {"name": "...", "logo": true}}) and
 * {@code /app/branding/logo}, read by the shell for its header, the sign-in page and the window's
 * title. Changed in {@code etc/id.kinerja.web.branding.cfg}, it is seen at the next page load.
 */
@Component(service = {}, immediate = true, configurationPid = Branding.PID)
@Designate(ocd = Branding.class)
public class BrandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BrandingServlet.class);
    static final long MAX_LOGO_BYTES = 512 * 1024;
    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "svg",
            "image/svg+xml");

    private transient volatile String cityName = "";
    private transient volatile Path logo;

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
    void activate(BundleContext context, Branding branding) {
        configure(branding);
        registration = WhiteboardServlets.register(context, this, "kinerja-app-branding", "/app/branding/*");
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Modified
    void configure(Branding branding) {
        cityName = branding.cityName() == null ? "" : branding.cityName().strip();
        logo = logoFile(branding.logo());
    }

    /** The logo if it is a readable PNG, JPEG or SVG file of at most {@link #MAX_LOGO_BYTES}; otherwise none, with the reason logged. */
    static Path logoFile(String configured) {
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Path file = Path.of(configured.strip());
        try {
            if (imageType(file) == null || !Files.isRegularFile(file) || Files.size(file) > MAX_LOGO_BYTES) {
                LOG.warn("Logo kota tidak dipakai: {} bukan berkas PNG, JPEG atau SVG yang terbaca, paling besar 512 KB", file);
                return null;
            }
        } catch (IOException e) {
            LOG.warn("Logo kota tidak dipakai: {} ({})", file, e.getMessage());
            return null;
        }
        return file;
    }

    static String imageType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : IMAGE_TYPES.get(name.substring(dot + 1));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", WebFiles.CONTENT_SECURITY_POLICY);
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Path image = logo;
        if ("/".equals(path)) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"name\":\"" + new String(JsonStringEncoder.getInstance().quoteAsString(cityName)) + "\",\"logo\":"
                    + (image != null) + "}");
        } else if ("/logo".equals(path) && image != null) {
            response.setContentType(imageType(image));
            response.setContentLengthLong(Files.size(image));
            Files.copy(image, response.getOutputStream());
        } else {
            response.setStatus(404);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"NOT_FOUND\",\"message\":\"Berkas tidak ditemukan\",\"messageEn\":\"No such file\",\"field\":null}");
        }
    }
}
