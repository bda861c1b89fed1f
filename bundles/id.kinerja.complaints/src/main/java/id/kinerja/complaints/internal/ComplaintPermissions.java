package id.kinerja.complaints.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permissions of complaint intake: the public's (no account) and the staff's. */
@Component(service = PermissionProvider.class)
public class ComplaintPermissions implements PermissionProvider {

    /** File, track, rate, reopen a complaint with its code and secret; Open311. */
    public static final String FILE = "complaints.file";
    /** Read and handle complaints: verify, reject, assign, answer, close, notes. */
    public static final String HANDLE = "complaints.handle";
    /** Handle the complaints of every unit (without it: of the units one heads). */
    public static final String HANDLE_ALL = "complaints.handle.all";
    /** Read and work on the complaints one is responsible for: start, notes, answer. */
    public static final String WORK = "complaints.work";
    /** The dashboard per unit and month. */
    public static final String DASHBOARD = "complaints.dashboard.read";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(FILE, "Mengajukan, melacak, menilai dan membuka kembali pengaduan (tanpa akun)", Roles.PUBLIC),
                Permission.of(HANDLE, "Membaca dan menangani pengaduan (kepala unit: unitnya)", Roles.PERSONNEL_OFFICER, Roles.UNIT_HEAD),
                Permission.of(HANDLE_ALL, "Menangani pengaduan semua unit", Roles.PERSONNEL_OFFICER),
                Permission.of(WORK, "Menindaklanjuti pengaduan yang ditugaskan kepadanya", Roles.STAFF),
                Permission.of(DASHBOARD, "Melihat dasbor pengaduan per unit dan bulan", Roles.PERSONNEL_OFFICER, Roles.UNIT_HEAD));
    }
}
