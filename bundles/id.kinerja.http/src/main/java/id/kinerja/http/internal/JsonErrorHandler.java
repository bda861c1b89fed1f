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
final class JsonErrorHandler extends ErrorHandler {

    /** The headers every error answer carries (the same the API adds to its own answers). */
    static final Map<String, String> SECURITY_HEADERS = Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-store",
            "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
    static final String HSTS = "max-age=31536000";

    JsonErrorHandler() {
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
        response.setContentType("application/json;charset=UTF-8");
        SECURITY_HEADERS.forEach(response::setHeader);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        byte[] body;
        if (apiNotServed(code, request.getRequestURI())) {
            // nothing serves /api yet (the platform is starting) or for a moment (its REST bundle restarts): try again
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "2");
            body = STARTING.getBytes(StandardCharsets.UTF_8);
        } else {
            body = body(code).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The API's root ({@code id.kinerja.core.api.rest.RestResource.ROOT}). */
    static final String API_ROOT = "/api";

    /** The API's own answer while it is starting (its servlet's, word for word). */
    static final String STARTING = "{\"error\":\"STARTING\",\"message\":\"Layanan sedang dimulai, coba lagi sebentar\","
            + "\"messageEn\":\"The service is starting, try again shortly\",\"field\":null}";

    /**
     * Whether the web server found nothing at an API address: then the API's servlet is not there
     * (once it is, every address below the root is its to answer, a 404 included).
     */
    static boolean apiNotServed(int code, String uri) {
        return code == HttpServletResponse.SC_NOT_FOUND && uri != null && (uri.equals(API_ROOT) || uri.startsWith(API_ROOT + "/"));
    }

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
