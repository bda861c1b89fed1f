package id.kinerja.notifications.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permission of one's own notifications. */
@Component(service = PermissionProvider.class)
public class NotificationPermissions implements PermissionProvider {

    /** Read one's notifications and mark them read. */
    public static final String OWN = "notifications.own";

    @Override
    public Collection<Permission> permissions() {
        return List.of(Permission.of(OWN, "Membaca pemberitahuan untuk dirinya", Roles.STAFF));
    }
}
