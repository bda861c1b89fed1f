package id.kinerja.rest.internal;

import java.util.Arrays;

import javax.ws.rs.Consumes;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * The request's {@code Content-Type} is checked before any resource reads a body: one that cannot be
 * parsed is a 400 in the API's shape (the API servlet checks it: Jersey would answer an empty 400), and a method that consumes
 * particular types refuses a request that names none or only a wildcard ({@code *}{@code /*}) with
 * 415, instead of handing its reader a body it cannot read.
 */
final class ContentTypes implements DynamicFeature {

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        Consumes consumes = info.getResourceMethod() == null ? null : info.getResourceMethod().getAnnotation(Consumes.class);
        if (consumes == null && info.getResourceClass() != null) {
            consumes = info.getResourceClass().getAnnotation(Consumes.class);
        }
        boolean specific = consumes != null && Arrays.stream(consumes.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).noneMatch(v -> v.contains("*"));
        if (specific) {
            context.register(new Specific(), Priorities.HEADER_DECORATOR);
        }
    }

    /** A method that consumes particular types: a missing or wildcard Content-Type is refused. */
    static final class Specific implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            MediaType type = request.getMediaType();
            if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
                request.abortWith(ErrorResponses.of(415, "UNSUPPORTED_MEDIA_TYPE", HttpHeaders.CONTENT_TYPE,
                        "Sebutkan jenis isi permintaan (Content-Type) yang diterima alamat ini", "Name a content type (Content-Type) this address accepts"));
            }
        }
    }

    /** Whether a {@code Content-Type} header can be parsed (an absent one can). */
    static boolean parsable(String header) {
        if (header == null) {
            return true;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ContentTypes.class.getClassLoader());
        try {
            MediaType.valueOf(header);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
