package id.kinerja.platform.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permissions of the platform's own endpoints. */
@Component(service = PermissionProvider.class)
public class PlatformPermissions implements PermissionProvider {

    public static final String MODULES_READ = "platform.modules.read";
    public static final String HEALTH_READ = "platform.health.read";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(MODULES_READ, "Melihat modul yang terpasang dan yang tersedia", Roles.PLATFORM_ADMIN, Roles.PERSONNEL_OFFICER),
                Permission.of(HEALTH_READ, "Melihat kesehatan platform dan hasil tiap pemeriksaannya", Roles.PLATFORM_ADMIN));
    }
}
