package id.kinerja.staff.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;

/**
 * A staff member as the registry stood on an earlier day: today's record with every change dated
 * after that day undone, newest first. Values recorded when the person was registered count as
 * having held before (the registry knows nothing earlier), so those entries are never passed here.
 */
final class RegistryOnDate {

    /** How {@link StaffWriter} records a position: {@code "name (KIND, kelas N)"}. */
    private static final Pattern POSITION = Pattern.compile("(.*) \\((\\w+), kelas (\\d+)\\)");

    private RegistryOnDate() {
    }

    /**
     * @param today the record as it is now
     * @param laterChanges the changes dated after the day, recorded after registration, newest first
     */
    static StaffMember undo(StaffMember today, List<StaffHistoryEntry> laterChanges) {
        StaffMember m = today;
        for (StaffHistoryEntry change : laterChanges) {
            String old = change.oldValue();
            if (old == null && change.kind() != StaffHistoryEntry.Kind.SUPERVISOR) {
                continue; // only the supervisor may have been empty before
            }
            m = switch (change.kind()) {
                case RANK -> new StaffMember(m.nip(), m.fullName(), m.employmentType(), old, null, m.positionName(), m.positionKind(),
                        m.positionClass(), m.unitCode(), m.supervisorNip(), m.status(), m.spouseCount(), m.childCount(), m.email(), m.phone());
                case POSITION -> {
                    Matcher p = POSITION.matcher(old == null ? "" : old);
                    yield !p.matches() ? m : new StaffMember(m.nip(), m.fullName(), m.employmentType(), m.rank(), m.rankSince(), p.group(1),
                            PositionKind.valueOf(p.group(2)), Integer.valueOf(p.group(3)), m.unitCode(), m.supervisorNip(), m.status(),
                            m.spouseCount(), m.childCount(), m.email(), m.phone());
                }
                case UNIT -> new StaffMember(m.nip(), m.fullName(), m.employmentType(), m.rank(), m.rankSince(), m.positionName(),
                        m.positionKind(), m.positionClass(), old, m.supervisorNip(), m.status(), m.spouseCount(), m.childCount(), m.email(),
                        m.phone());
                case SUPERVISOR -> new StaffMember(m.nip(), m.fullName(), m.employmentType(), m.rank(), m.rankSince(), m.positionName(),
                        m.positionKind(), m.positionClass(), m.unitCode(), old == null || old.isBlank() ? null : old, m.status(),
                        m.spouseCount(), m.childCount(), m.email(), m.phone());
                case STATUS -> new StaffMember(m.nip(), m.fullName(), m.employmentType(), m.rank(), m.rankSince(), m.positionName(),
                        m.positionKind(), m.positionClass(), m.unitCode(), m.supervisorNip(), StaffStatus.valueOf(old), m.spouseCount(),
                        m.childCount(), m.email(), m.phone());
            };
        }
        return m;
    }

    static String position(StaffMember staff) {
        return staff.positionName() + " (" + staff.positionKind() + ", kelas " + staff.positionClass() + ")";
    }
}
