package id.kinerja.pay.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/** The permissions of performance pay (TPP). */
@Component(service = PermissionProvider.class)
public class PayPermissions implements PermissionProvider {

    /** One's own slips and discipline events (and those of the chain below, of one's unit). */
    public static final String READ = "pay.read";
    /** Everybody's slips and discipline events. */
    public static final String READ_ALL = "pay.read.all";
    /** The policies in force. */
    public static final String POLICIES_READ = "pay.policies.read";
    /** Change, add and remove policies (from a month not paid yet). */
    public static final String POLICIES_WRITE = "pay.policies.write";
    /** Pay runs, their slips, summaries, exports, salary tables and bonuses: closed runs only without {@link #RUNS_READ_OPEN}. */
    public static final String RUNS_READ = "pay.runs.read";
    /** Runs that are not closed yet. */
    public static final String RUNS_READ_OPEN = "pay.runs.read.open";
    /** Compute and check a run. */
    public static final String RUNS_COMPUTE = "pay.runs.compute";
    /** Approve and close a run. */
    public static final String RUNS_APPROVE = "pay.runs.approve";
    /** Record and import discipline (attendance) events. */
    public static final String DISCIPLINE_WRITE = "pay.discipline.write";
    /** Import salary tables. */
    public static final String SALARY_TABLES_WRITE = "pay.salary-tables.write";
    /** Candidates for promotion and recognition. */
    public static final String RECOGNITION_READ = "pay.recognition.read";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(READ, "Melihat slip TPP dan catatan disiplin sendiri (dan bawahan)", Roles.STAFF),
                Permission.of(READ_ALL, "Melihat slip TPP dan catatan disiplin seluruh pegawai", Roles.PERSONNEL_OFFICER, Roles.TREASURY),
                Permission.of(POLICIES_READ, "Melihat kebijakan TPP", Roles.PLATFORM_ADMIN, Roles.PERSONNEL_OFFICER, Roles.TREASURY),
                Permission.of(POLICIES_WRITE, "Mengubah kebijakan TPP (berlaku mulai bulan yang belum dibayar)", Roles.PERSONNEL_OFFICER, Roles.TREASURY),
                Permission.of(RUNS_READ, "Melihat proses TPP yang ditutup, slip, rekap, ekspor, tabel gaji dan bonus",
                        Roles.PERSONNEL_OFFICER, Roles.TREASURY),
                Permission.of(RUNS_READ_OPEN, "Melihat proses TPP yang belum ditutup", Roles.PERSONNEL_OFFICER),
                Permission.of(RUNS_COMPUTE, "Menghitung dan memeriksa proses TPP", Roles.PERSONNEL_OFFICER),
                Permission.of(RUNS_APPROVE, "Menyetujui dan menutup proses TPP", Roles.PERSONNEL_OFFICER),
                Permission.of(DISCIPLINE_WRITE, "Mencatat dan mengimpor data disiplin/kehadiran", Roles.PERSONNEL_OFFICER),
                Permission.of(SALARY_TABLES_WRITE, "Mengimpor tabel gaji pokok", Roles.PERSONNEL_OFFICER),
                Permission.of(RECOGNITION_READ, "Melihat usulan kenaikan pangkat dan penghargaan", Roles.PERSONNEL_OFFICER));
    }
}
