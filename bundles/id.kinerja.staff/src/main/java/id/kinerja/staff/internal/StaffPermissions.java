package id.kinerja.staff.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permissions of the staff registry and the organisation units. */
@Component(service = PermissionProvider.class)
public class StaffPermissions implements PermissionProvider {

    /** Read a staff member's record: one's own, the chain below, one's unit (with {@link #READ_ALL}: anybody's). */
    public static final String READ = "staff.read";
    /** Read every staff member's record, list and export the whole registry. */
    public static final String READ_ALL = "staff.read.all";
    /** List and export staff: a unit head their own units, with {@link #READ_ALL} the whole registry. */
    public static final String LIST = "staff.list";
    /** Register, change, deactivate and import staff. */
    public static final String WRITE = "staff.write";
    public static final String UNITS_READ = "units.read";
    public static final String UNITS_WRITE = "units.write";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(READ, "Melihat data kepegawaian sendiri, bawahan dan unit yang dipimpin", Roles.STAFF),
                Permission.of(READ_ALL, "Melihat data kepegawaian seluruh pegawai", Roles.PERSONNEL_OFFICER),
                Permission.of(LIST, "Mendaftar dan mengekspor pegawai (kepala unit: unitnya sendiri)", Roles.PERSONNEL_OFFICER, Roles.UNIT_HEAD),
                Permission.of(WRITE, "Mendaftarkan, mengubah, menonaktifkan dan mengimpor pegawai", Roles.PERSONNEL_OFFICER),
                Permission.of(UNITS_READ, "Melihat susunan unit kerja", Roles.STAFF),
                Permission.of(UNITS_WRITE, "Membuat, mengganti nama dan memindahkan unit kerja", Roles.PERSONNEL_OFFICER));
    }
}
