package id.kinerja.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The web server's own error answers (a request Jetty refuses before any servlet sees it: a NUL or
 * {@code ..;} in the path, control characters in a header, headers too large; or an address no
 * servlet serves) in the shape of the API's errors, with the API's security headers, never an HTML
 * page and never a stack trace.
 */
public class JsonErrorHandler extends ErrorHandler {

    /** The headers every error answer carries (the same the API adds to its own answers). */
    static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-store",
            "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
    static final String HSTS = "max-age=31536000";

    /** Made by the web server's configuration ({@code jetty.xml} of this fragment). */
    public JsonErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        SECURITY_HEADERS.forEach(fields::put);
        return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code,
            String message) throws IOException {
        baseRequest.setHandled(true);
        if (notServedYet(code, request.getRequestURI())) {
            // nothing serves the API or the web application yet (the platform is starting): try again
            writeStarting(request, response);
        } else {
            write(request, response, code, body(code));
        }
    }

    /**
     * 503 with {@code Retry-After}, nothing serves the address yet: the API's STARTING, or in the web
     * application a page that says so and reloads itself.
     */
    static void writeStarting(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "2");
        if (isWebAppAddress(request.getRequestURI())) {
            write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "text/html;charset=UTF-8", STARTING_PAGE);
        } else {
            write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, STARTING);
        }
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String json) throws IOException {
        write(request, response, status, "application/json;charset=UTF-8", json);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String contentType, String text)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        SECURITY_HEADERS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The API's root ({@code id.kinerja.core.api.rest.RestResource.ROOT}). */
    static final String API_ROOT = "/api";

    /** The API's own answer while it is starting (its servlet's, word for word). */
    static final String STARTING = "{\"error\":\"STARTING\",\"message\":\"Layanan sedang dimulai, coba lagi sebentar\","
            + "\"messageEn\":\"The service is starting, try again shortly\",\"field\":null}";

    /**
     * Whether the web server found nothing at one of the platform's addresses: then their servlet is
     * not there yet (once it is, every address below its root is its to answer, a 404 included).
     */
    static boolean notServedYet(int code, String uri) {
        return code == HttpServletResponse.SC_NOT_FOUND && (isApiAddress(uri) || isWebAppAddress(uri));
    }

    /** Whether an address is the API's (its root or below it) or the health check's, answered in JSON. */
    static boolean isApiAddress(String uri) {
        return under(API_ROOT, uri) || HEALTH.equals(uri);
    }

    /** Whether an address is the web application's. */
    static boolean isWebAppAddress(String uri) {
        return under(WEB_APP_ROOT, uri);
    }

    private static boolean under(String root, String uri) {
        return uri != null && (uri.equals(root) || uri.startsWith(root + "/"));
    }

    /** The health check's address (id.kinerja.platform's servlet). */
    static final String HEALTH = "/health";

    /** The web application's root (id.kinerja.web). */
    static final String WEB_APP_ROOT = "/app";

    /** The web application's page while it is starting: says so in both languages, and reloads itself. */
    static final String STARTING_PAGE = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta http-equiv=\"refresh\" content=\"3\">"
            + "<title>Kinerja</title></head><body style=\"font-family:sans-serif;margin:2rem\">"
            + "<h1>Layanan sedang dimulai</h1><p>Halaman ini dimuat ulang sebentar lagi.</p>"
            + "<p lang=\"en\">The service is starting; this page reloads shortly.</p></body></html>";

    /** The API's error body for an HTTP status, in Bahasa Indonesia and English. */
    static String body(int status) {
        String[] text = switch (status) {
            case 404 -> new String[] { "NOT_FOUND", "Alamat tidak ditemukan", "No resource at this address" };
            case 405 -> new String[] { "METHOD_NOT_ALLOWED", "Metode HTTP tidak diizinkan di alamat ini", "HTTP method not allowed at this address" };
            case 408 -> new String[] { "REQUEST_TIMEOUT", "Permintaan terlalu lambat dikirim", "The request was sent too slowly" };
            case 413 -> new String[] { "REQUEST_TOO_LARGE", "Permintaan terlalu besar", "The request is too large" };
            case 414 -> new String[] { "URI_TOO_LONG", "Alamat terlalu panjang", "The address is too long" };
            case 415 -> new String[] { "UNSUPPORTED_MEDIA_TYPE", "Jenis isi permintaan tidak didukung", "The request's content type is not supported" };
            case 431 -> new String[] { "HEADERS_TOO_LARGE", "Header permintaan terlalu besar", "The request headers are too large" };
            default -> status >= 500 ? new String[] { "SERVER_ERROR", "Terjadi kesalahan pada server", "The server failed" }
                    : new String[] { "BAD_REQUEST", "Permintaan HTTP tidak valid", "The HTTP request is not valid" };
        };
        return "{\"error\":\"" + text[0] + "\",\"message\":\"" + text[1] + "\",\"messageEn\":\"" + text[2] + "\",\"field\":null}";
    }
}
