package id.kinerja.security.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.security.internal.AccountService;
import id.kinerja.security.internal.LoginSession;
import id.kinerja.security.internal.Me;
import id.kinerja.security.internal.SecurityPermissions;

/**
 * {@code /api/v1/auth}: staff log in with NIP and password and get a short-lived signed token
 * ({@code Authorization: Bearer <token>}); {@code /me} tells whose a token is; the owner changes
 * their password (answering a token without the temporary password's limit).
 */
@Component(service = RestResource.class)
@Path("/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource implements RestResource {

    /** Body of a login. */
    public record LoginBody(String nip, String password) {
    }

    /** Body of a password change. */
    public record PasswordBody(String current, String password) {
    }

    private final AccountService accounts;

    @Activate
    public AuthResource(@Reference AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/login")
    @RequiresPermission(SecurityPermissions.LOGIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public LoginSession login(@javax.ws.rs.core.Context javax.servlet.http.HttpServletRequest request, LoginBody body) {
        return accounts.login(body == null ? null : body.nip(), body == null ? null : body.password(),
                (String) request.getAttribute(RestResource.CLIENT_ADDRESS_ATTRIBUTE));
    }

    @GET
    @Path("/me")
    @RequiresPermission(SecurityPermissions.SELF)
    public Me me(@javax.ws.rs.core.Context Caller caller,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return accounts.me(authorization, caller.roles(), caller.headedUnits());
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(SecurityPermissions.SELF)
    public LoginSession changePassword(@javax.ws.rs.core.Context javax.servlet.http.HttpServletRequest request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PasswordBody body) {
        return accounts.changePassword(authorization, body == null ? null : body.current(), body == null ? null : body.password(),
                (String) request.getAttribute(RestResource.CLIENT_ADDRESS_ATTRIBUTE));
    }
}
