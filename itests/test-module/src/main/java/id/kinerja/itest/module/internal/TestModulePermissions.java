package id.kinerja.itest.module.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permissions this test-only module adds, as a vendor's module would. */
@Component(service = PermissionProvider.class)
public class TestModulePermissions implements PermissionProvider {

    static final String ECHO = "itest.echo";
    static final String NOTES = "itest.notes";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(ECHO, "Modul uji: gema konfigurasi", Roles.PUBLIC),
                Permission.of(NOTES, "Modul uji: catatan", Roles.PUBLIC));
    }
}
