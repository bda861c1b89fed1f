package id.kinerja.openapi.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** Reading the API's description: public, as the endpoints it describes answer anyway (each one still checks its own permission). */
@Component(service = PermissionProvider.class)
public class OpenApiPermissions implements PermissionProvider {

    static final String DESCRIBE = "api.describe";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(DESCRIBE, "Membaca uraian API (OpenAPI)", Roles.PUBLIC));
    }
}
