package id.kinerja.inovasi.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/**
 * The permissions of kinerja-inovasi, with the roles that hold them by default; the city may grant
 * them otherwise ({@code kinerja:role-grant}). Every REST method names one of them.
 */
@Component(service = PermissionProvider.class)
public class ModulePermissions implements PermissionProvider {

    /** Write one's own notes. */
    public static final String WRITE = "inovasi.notes.write";
    /** Read notes: one's own, and those of the people one supervises or whose unit one heads. */
    public static final String READ = "inovasi.notes.read";
    /** Read everybody's notes. */
    public static final String READ_ALL = "inovasi.notes.read.all";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(WRITE, "Inovasi dan rapat umpan balik: menulis catatan sendiri", Roles.STAFF),
                Permission.of(READ, "Inovasi dan rapat umpan balik: membaca catatan sendiri dan bawahan", Roles.STAFF),
                Permission.of(READ_ALL, "Inovasi dan rapat umpan balik: membaca catatan semua pegawai", Roles.PERSONNEL_OFFICER));
    }
}
