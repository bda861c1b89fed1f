package id.kinerja.web.internal;

import java.util.Map;
import java.util.regex.Pattern;

/** What the web application serves as files: which paths are allowed and with which content type. */
final class WebFiles {

    /** A path below a folder: segments of letters, digits, '.', '_' and '-', never {@code ..}. */
    private static final Pattern SAFE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8", "js", "text/javascript;charset=UTF-8",
            "css", "text/css;charset=UTF-8", "json", "application/json;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "woff2", "font/woff2");

    /**
     * The strictest policy that lets the application run: its own scripts, styles, images and API
     * only, never inline code, never framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private WebFiles() {
    }

    /** Whether {@code path} may be served: a safe relative path with a known type. */
    static boolean servable(String path) {
        return path != null && SAFE.matcher(path).matches() && !path.contains("..") && contentType(path) != null;
    }

    /** Whether a file of this path is text that compresses well (scripts, styles, pages, texts, drawings). */
    static boolean compressible(String path) {
        String type = contentType(path);
        return type != null && (type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg"));
    }

    /** Whether the client said it reads gzip ({@code Accept-Encoding: gzip, deflate, br}, not {@code gzip;q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                return coding.length < 2 || !coding[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** Whether an {@code If-None-Match} header names the entity tag (or any). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** The content type of a file by its extension, {@code null} for one the application never serves. */
    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(path.substring(dot + 1));
    }
}
