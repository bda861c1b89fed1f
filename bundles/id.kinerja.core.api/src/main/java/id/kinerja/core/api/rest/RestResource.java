package id.kinerja.core.api.rest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Marker for JAX-RS resources and providers that a bundle contributes to the Kinerja REST API.
 * <p>
 * Register the object as an OSGi service under this interface, for example with
 * {@code @Component(service = RestResource.class)}, and annotate its class with JAX-RS annotations
 * ({@code @Path("/v1/...")} for a resource, {@code @Provider} for a provider). The API servlet
 * serves everything under {@value #ROOT}: a resource with {@code @Path("/v1/staff")} answers at
 * {@code /api/v1/staff}. The resource appears when its service is registered and disappears when it
 * goes away, without a restart and without failing requests to other resources.
 * <p>
 * The registered instance itself serves the requests (it is a singleton), so its DS references
 * stay in place.
 * <p>
 * Give each resource class a root path of its own: Jersey picks the root resource whose path
 * matches the most literal characters and never tries another, so a resource at
 * {@code /v1/appraisal} would never see {@code /v1/appraisal/plans/...} while another resource has
 * {@code /v1/appraisal/plans}.
 */
@ConsumerType
public interface RestResource {

    /** The servlet path under which all resources are served. */
    String ROOT = "/api";

    /**
     * The prefix of request headers the platform keeps for itself: a request that sends one is
     * refused (400 {@code RESERVED_HEADER}). Who acts is never a header: a resource method takes the
     * caller the token names as a parameter, {@code @Context Caller caller}
     * ({@link id.kinerja.core.api.security.Caller}: NIP, roles, permissions).
     */
    String RESERVED_HEADER_PREFIX = "X-Kinerja-";

    /**
     * The servlet request attribute (a {@code String}) that holds the address the request came from as
     * the platform sees it: the connection's address, or, behind the city's trusted reverse proxies
     * (setting {@code trustedProxies} of PID {@code id.kinerja.rest}), the client's address they
     * forwarded. Read it with {@code @Context HttpServletRequest}, for logs and rate limits.
     */
    String CLIENT_ADDRESS_ATTRIBUTE = "id.kinerja.clientAddress";
}
