package id.kinerja.platform.internal;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.Page;
import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/modules}: the Kinerja modules, installed or available. */
@Component(service = RestResource.class)
@Path("/v1/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModulesResource implements RestResource {

    private final ModuleService modules;

    @Activate
    public ModulesResource(@Reference ModuleService modules) {
        this.modules = modules;
    }

    @GET
    @RequiresPermission(PlatformPermissions.MODULES_READ)
    public Page<ModuleInfo> list() {
        List<ModuleInfo> all = modules.list();
        return new Page<>(all, all.size(), 0, Math.max(all.size(), 1));
    }
}
