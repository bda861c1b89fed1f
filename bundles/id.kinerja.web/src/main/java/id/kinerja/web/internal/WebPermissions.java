package id.kinerja.web.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permission of the web application's own endpoint. */
@Component(service = PermissionProvider.class)
public class WebPermissions implements PermissionProvider {

    /** Read one's menu (what the pages of the installed modules one may use are). */
    public static final String MENU = "ui.menu";
    /** Read the public pages (a citizen's, without an account). */
    public static final String PUBLIC_PAGES = "ui.public";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(MENU, "Melihat menu aplikasi web sesuai peran", Roles.STAFF),
                Permission.of(PUBLIC_PAGES, "Melihat halaman publik aplikasi web (tanpa akun)", Roles.PUBLIC));
    }
}
