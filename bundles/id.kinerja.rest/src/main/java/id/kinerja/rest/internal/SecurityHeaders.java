package id.kinerja.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.Provider;

/**
 * Headers on every API answer: the content type is to be believed ({@code nosniff}), answers with
 * personal data are never kept by browsers or proxies ({@code no-store}), never framed, never sent
 * on as a referrer. No CORS header is ever added: other sites' scripts cannot call the API.
 */
@Provider
public class SecurityHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putIfAbsent("Cache-Control", java.util.List.of("no-store"));
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("Referrer-Policy", "no-referrer");
    }
}
