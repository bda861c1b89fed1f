package id.kinerja.rest.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Set;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.FeatureContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.AccessControl;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * The one authorization mechanism of the API, applied to every resource method of every module when
 * the Jersey application is built: the method's {@link RequiresPermission} is checked before it runs;
 * a method without one is refused to everybody (deny by default). The caller comes from the bearer
 * token only, handed to a resource method as {@code @Context Caller} ({@link CallerInjection}); a
 * request sending a header the platform keeps for itself ({@link RestResource#RESERVED_HEADER_PREFIX})
 * is refused. Every write is logged with its caller and status.
 */
final class Authorization implements DynamicFeature {

    private static final Logger LOG = LoggerFactory.getLogger(Authorization.class);
    static final String CALLER_PROPERTY = "id.kinerja.caller";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Supplier<AccessControl> access;

    Authorization(Supplier<AccessControl> access) {
        this.access = access;
    }

    /** The permission a resource method requires: its own annotation, else its class's; {@code null} if none. */
    static String requiredPermission(Class<?> resourceClass, Method method) {
        RequiresPermission onMethod = method == null ? null : method.getAnnotation(RequiresPermission.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        RequiresPermission onClass = resourceClass == null ? null : resourceClass.getAnnotation(RequiresPermission.class);
        return onClass == null ? null : onClass.value();
    }

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        String permission = requiredPermission(info.getResourceClass(), info.getResourceMethod());
        if (permission == null && info.getResourceMethod() != null
                && RestResource.class.isAssignableFrom(info.getResourceClass())) {
            LOG.warn("{}.{} declares no permission (@RequiresPermission): it is refused to everybody",
                    info.getResourceClass().getName(), info.getResourceMethod().getName());
        }
        context.register(new PermissionCheck(permission, access), Priorities.AUTHENTICATION);
    }

    /** Authenticates the caller and checks one method's permission. */
    static final class PermissionCheck implements ContainerRequestFilter {

        private final String permission;
        private final Supplier<AccessControl> access;

        PermissionCheck(String permission, Supplier<AccessControl> access) {
            this.permission = permission;
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            for (String header : request.getHeaders().keySet()) {
                if (header.regionMatches(true, 0, RestResource.RESERVED_HEADER_PREFIX, 0, RestResource.RESERVED_HEADER_PREFIX.length())) {
                    throw KinerjaException.badRequest("RESERVED_HEADER", header,
                            "Header " + header + " tidak diterima: pelaku ditentukan oleh token (Authorization: Bearer)",
                            "The header " + header + " is not accepted: the token (Authorization: Bearer) says who acts");
                }
            }
            AccessControl control = access.get();
            if (control == null) {
                // the security module is restarting (with the registry, for instance): like any module caught stopping
                request.abortWith(javax.ws.rs.core.Response.fromResponse(ErrorResponses.of(503, "SECURITY_UNAVAILABLE", null,
                        "Layanan keamanan sedang dimulai ulang, coba lagi sebentar", "The security service is restarting, try again shortly"))
                        .header("Retry-After", "2").build());
                return;
            }
            Caller caller = control.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
            request.setProperty(CALLER_PROPERTY, caller);
            if (permission == null) {
                throw KinerjaException.forbidden("NOT_DECLARED", null, "Layanan ini tidak menyatakan izin yang diperlukan, jadi ditolak",
                        "This endpoint declares no permission, so it is refused");
            }
            if (!caller.has(permission)) {
                if (!caller.authenticated()) {
                    throw KinerjaException.unauthenticated("LOGIN_REQUIRED", "Masuk dulu (Authorization: Bearer <token>)",
                            "Log in first (Authorization: Bearer <token>)");
                }
                throw KinerjaException.forbidden("PERMISSION_DENIED", null, "Peran Anda tidak memiliki izin " + permission,
                        "None of your roles holds the permission " + permission);
            }
            if (control.passwordChangeRequired(caller, permission)) {
                throw KinerjaException.forbidden("PASSWORD_CHANGE_REQUIRED", "password",
                        "Ganti kata sandi sementara Anda dulu (POST /api/v1/auth/password)",
                        "Change your temporary password first (POST /api/v1/auth/password)");
            }
            boolean secure = request.getSecurityContext().isSecure();
            request.setSecurityContext(new CallerContext(caller, secure));
        }
    }

    /** The JAX-RS view of the caller. */
    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return caller.authenticated() ? "Bearer" : null;
        }
    }

    /** Logs every write that reached a resource method's check, with its caller and the answer's status. */
    static final class WriteLog implements ContainerResponseFilter {

        private final Supplier<AccessControl> access;

        @Context
        private HttpServletRequest servletRequest;

        WriteLog(Supplier<AccessControl> access) {
            this.access = access;
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            AccessControl control = access.get();
            if (READS.contains(request.getMethod()) || control == null || request.getUriInfo().getMatchedResources().isEmpty()) {
                return;
            }
            Object caller = request.getProperty(CALLER_PROPERTY);
            Object client = servletRequest == null ? null : servletRequest.getAttribute(RestResource.CLIENT_ADDRESS_ATTRIBUTE);
            try {
                control.recordWrite(caller instanceof Caller c ? c : null, request.getMethod(),
                        "/" + request.getUriInfo().getPath(), response.getStatus(), client == null ? null : client.toString());
            } catch (RuntimeException e) {
                LOG.error("Could not log the write {} {} ({})", request.getMethod(), request.getUriInfo().getPath(), response.getStatus(), e);
            }
        }
    }
}
