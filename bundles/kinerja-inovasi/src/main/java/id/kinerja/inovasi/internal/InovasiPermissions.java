package id.kinerja.inovasi.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import id.kinerja.core.api.security.Permission;
import id.kinerja.core.api.security.PermissionProvider;
import id.kinerja.core.api.security.Roles;

/**
 * The permissions of kinerja-inovasi, with the roles that hold them by default; the city may grant
 * them otherwise ({@code kinerja:role-grant}). Every REST method names one of them. Being a judge of
 * a contest, a participant of a meeting or the owner of a follow-up is data, checked by the services.
 */
@Component(service = PermissionProvider.class)
public class InovasiPermissions implements PermissionProvider {

    /** Record a feedback meeting with the people one leads. */
    public static final String LEAD = "inovasi.meetings.lead";
    /** Read the meetings one led or attended, and one's follow-ups; report them done. */
    public static final String MEETINGS = "inovasi.meetings.read";
    /** Read everybody's meetings and follow-ups. */
    public static final String MEETINGS_ALL = "inovasi.meetings.read.all";
    /** See the contests, their results and the innovations in use; propose; judge where one is a judge. */
    public static final String CONTESTS = "inovasi.contests.take-part";
    /** Organise contests: open, screen, move on, record innovations put to use; read every proposal. */
    public static final String ORGANISE = "inovasi.contests.organise";

    @Override
    public Collection<Permission> permissions() {
        return List.of(
                Permission.of(LEAD, "Inovasi: mencatat rapat umpan balik dengan pegawai yang dipimpin", Roles.SUPERVISOR, Roles.UNIT_HEAD),
                Permission.of(MEETINGS, "Inovasi: membaca rapat yang dipimpin atau dihadiri dan tindak lanjut sendiri", Roles.STAFF),
                Permission.of(MEETINGS_ALL, "Inovasi: membaca rapat dan tindak lanjut semua pegawai", Roles.PERSONNEL_OFFICER),
                Permission.of(CONTESTS, "Inovasi: mengikuti kontes inovasi (mengusulkan, menilai bila juri, melihat hasil)", Roles.STAFF),
                Permission.of(ORGANISE, "Inovasi: menyelenggarakan kontes inovasi", Roles.PERSONNEL_OFFICER));
    }
}
