package id.kinerja.coaching.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/**
 * The permissions of coaching and competency development. Who may act on a given enrolment, plan
 * or one-to-one coaching (the participant, the supervisor, the coach) is the services' rule on top.
 */
@Component(service = PermissionProvider.class)
public class CoachingPermissions implements PermissionProvider {

    /** The programme catalogue and its sessions. */
    public static final String CATALOGUE_READ = "coaching.catalogue.read";
    /** A person's enrolments, learning hours, proposals: one's own, the chain below, one's unit. */
    public static final String READ = "coaching.read";
    /** Everybody's. */
    public static final String READ_ALL = "coaching.read.all";
    /** Programmes, sessions, approval, attendance, completion, effectiveness. */
    public static final String MANAGE = "coaching.manage";
    /** Nominate staff for a session. */
    public static final String NOMINATE = "coaching.nominate";
    /** Take part: withdraw, give feedback, development plans, one-to-one coaching (as the services allow). */
    public static final String PARTICIPATE = "coaching.participate";
    /** Accept or dismiss the proposals made from a weak predikat. */
    public static final String PROPOSALS_DECIDE = "coaching.proposals.decide";
    /** Who is behind the yearly learning hours: a unit head their units, with {@link #READ_ALL} everybody. */
    public static final String LEARNING_HOURS_READ = "coaching.learning-hours.read";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(CATALOGUE_READ, "Melihat katalog program dan jadwal", Roles.STAFF),
                Permission.of(READ, "Melihat riwayat pengembangan, JP dan usulan sendiri, bawahan dan unit yang dipimpin", Roles.STAFF),
                Permission.of(READ_ALL, "Melihat riwayat pengembangan seluruh pegawai", Roles.PERSONNEL_OFFICER),
                Permission.of(MANAGE, "Mengelola program, jadwal, persetujuan, kehadiran, kelulusan dan efektivitas", Roles.PERSONNEL_OFFICER),
                Permission.of(NOMINATE, "Mengusulkan pegawai untuk mengikuti program", Roles.SUPERVISOR, Roles.UNIT_HEAD, Roles.PERSONNEL_OFFICER),
                Permission.of(PARTICIPATE, "Mengikuti program: mundur, umpan balik, rencana pengembangan, coaching/mentoring", Roles.STAFF),
                Permission.of(PROPOSALS_DECIDE, "Menerima atau menolak usulan pengembangan", Roles.SUPERVISOR, Roles.UNIT_HEAD,
                        Roles.PERSONNEL_OFFICER),
                Permission.of(LEARNING_HOURS_READ, "Melihat pegawai yang kurang JP (kepala unit: unitnya)", Roles.UNIT_HEAD, Roles.PERSONNEL_OFFICER));
    }
}
