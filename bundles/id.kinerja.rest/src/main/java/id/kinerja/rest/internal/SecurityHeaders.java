package id.kinerja.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

/**
 * Headers on every API answer: the content type is to be believed ({@code nosniff}), answers with
 * personal data are never kept by browsers or proxies ({@code no-store}), never framed, never sent
 * on as a referrer. No CORS header is ever added: other sites' scripts cannot call the API. Served
 * over HTTPS, browsers are told to use nothing else for a year (HSTS).
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    static final String HSTS = "max-age=31536000";
    /** The headers of every answer (errors the servlet writes itself included). */
    static final java.util.Map<String, String> HEADERS = java.util.Map.of("X-Content-Type-Options", "nosniff", "Cache-Control", "no-store",
            "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        HEADERS.forEach((name, value) -> {
            if (name.equals("Cache-Control")) {
                headers.putIfAbsent(name, java.util.List.of(value));
            } else {
                headers.putSingle(name, value);
            }
        });
        if (request.getSecurityContext() != null && request.getSecurityContext().isSecure()) {
            headers.putSingle("Strict-Transport-Security", HSTS);
        }
    }
}
