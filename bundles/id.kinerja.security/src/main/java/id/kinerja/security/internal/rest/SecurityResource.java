package id.kinerja.security.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.security.internal.AuditLog;
import id.kinerja.security.internal.RoleStore;
import id.kinerja.security.internal.SecurityPermissions;

/**
 * {@code /api/v1/security}: the roles with their permissions and members, the declared permissions,
 * and the logs of writes and logins (who did what and when), for personnel officers. Roles and
 * grants are changed by an administrator in the console ({@code kinerja:role-*}).
 */
@Component(service = RestResource.class)
@Path("/v1/security")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityResource implements RestResource {

    private final RoleStore roles;
    private final AuditLog audit;

    @Activate
    public SecurityResource(@Reference RoleStore roles, @Reference AuditLog audit) {
        this.roles = roles;
        this.audit = audit;
    }

    @GET
    @Path("/roles")
    @RequiresPermission(SecurityPermissions.ROLES_READ)
    public List<RoleStore.Role> roles() {
        return roles.roles();
    }

    @GET
    @Path("/permissions")
    @RequiresPermission(SecurityPermissions.ROLES_READ)
    public List<RoleStore.Declared> permissions() {
        return roles.permissions();
    }

    @GET
    @Path("/audit")
    @RequiresPermission(SecurityPermissions.AUDIT_READ)
    public Page<AuditLog.Write> writes(@QueryParam("nip") String nip, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return audit.writes(new AuditLog.Filter(nip, day("from", from), day("to", to)), PageRequest.of(offset, limit));
    }

    @GET
    @Path("/logins")
    @RequiresPermission(SecurityPermissions.AUDIT_READ)
    public Page<AuditLog.Login> logins(@QueryParam("nip") String nip, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return audit.logins(new AuditLog.Filter(nip, day("from", from), day("to", to)), PageRequest.of(offset, limit));
    }

    private static LocalDate day(String field, String value) {
        return id.kinerja.core.api.Dates.date(field, value);
    }
}
