package id.kinerja.itest.module.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/itest-echo}: present exactly while the test-only module is installed; answers with
 * the module's configuration (PID {@code id.kinerja.itest.module}, property {@code greeting}).
 */
@Component(service = RestResource.class, configurationPid = "id.kinerja.itest.module")
@Path("/v1/itest-echo")
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource implements RestResource {

    private volatile String greeting = "";

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object value = properties.get("greeting");
        greeting = value == null ? "" : value.toString();
    }

    @GET
    @RequiresPermission(TestModulePermissions.ECHO)
    public Map<String, String> echo() {
        return Map.of("module", "kinerja-itest-module", "greeting", greeting);
    }

    /** Declares no permission: the REST layer must refuse it to everybody (deny by default). */
    @GET
    @Path("/undeclared")
    public Map<String, String> undeclared() {
        return Map.of("leak", "this must never be served");
    }
}
