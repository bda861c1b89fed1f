package id.kinerja.security.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permissions of logging in, one's own account, roles and the logs. */
@Component(service = PermissionProvider.class)
public class SecurityPermissions implements PermissionProvider {

    public static final String LOGIN = "auth.login";
    public static final String SELF = "auth.self";
    public static final String ROLES_READ = "security.roles.read";
    public static final String AUDIT_READ = "security.audit.read";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(LOGIN, "Masuk dengan NIP dan kata sandi", Roles.PUBLIC),
                Permission.of(SELF, "Melihat akun sendiri dan mengganti kata sandi", Roles.STAFF),
                Permission.of(ROLES_READ, "Melihat peran, izin dan pemegang peran", Roles.PERSONNEL_OFFICER, Roles.PLATFORM_ADMIN),
                Permission.of(AUDIT_READ, "Melihat log perubahan dan log masuk", Roles.PERSONNEL_OFFICER));
    }
}
