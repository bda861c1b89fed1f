package id.kinerja.itest.module.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.rest.RestResource;

/** {@code /api/v1/itest-echo}: present exactly while the test-only module is installed. */
@Component(service = RestResource.class)
@Path("/v1/itest-echo")
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource implements RestResource {

    @GET
    public Map<String, String> echo() {
        return Map.of("module", "kinerja-itest-module");
    }
}
