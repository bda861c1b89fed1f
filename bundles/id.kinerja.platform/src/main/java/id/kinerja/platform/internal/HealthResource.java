package id.kinerja.platform.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/health}: the platform's health with each check and what it said, for its administrators. */
@Component(service = RestResource.class)
@Path("/v1/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource implements RestResource {

    private final PlatformHealth health;

    @Activate
    public HealthResource(@Reference PlatformHealth health) {
        this.health = health;
    }

    @GET
    @RequiresPermission(PlatformPermissions.HEALTH_READ)
    public Response get() {
        HealthReport report = health.report();
        return Response.status(report.up() ? 200 : 503).entity(report).build();
    }
}
