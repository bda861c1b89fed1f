package id.kinerja.appraisal.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import id.kinerja.appraisal.internal.model.DelegationEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;

/**
 * Who is who, from the staff registry: the direct supervisor is the rater (pejabat penilai); an
 * acting official (Plt/Plh) with a delegation in force acts for them.
 */
final class People {

    private final StaffService staff;

    People(StaffService staff) {
        this.staff = staff;
    }

    /** A staff member in service (active or on leave), or an error naming {@code field}. */
    StaffMember inService(String nip, String field) {
        if (nip == null || nip.isBlank()) {
            throw Errors.invalid("ACTOR_REQUIRED", field, "NIP " + field + " wajib diisi", field + " (a NIP) is required");
        }
        StaffMember member = staff.find(nip.strip()).orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", field,
                "Pegawai dengan NIP " + nip + " tidak terdaftar", "No staff member with NIP " + nip));
        if (member.status() != StaffStatus.ACTIVE && member.status() != StaffStatus.LEAVE) {
            throw Errors.rule("STAFF_NOT_IN_SERVICE", field, "Pegawai " + nip + " tidak lagi aktif",
                    "Staff member " + nip + " is no longer in service");
        }
        return member;
    }

    /** Whether a person is registered and active or on leave. */
    boolean isInService(String nip) {
        return staff.find(nip).map(m -> m.status() == StaffStatus.ACTIVE || m.status() == StaffStatus.LEAVE).orElse(false);
    }

    /** The full name of a registered person, or the NIP when the registry does not know it. */
    String nameOf(String nip) {
        return staff.find(nip).map(StaffMember::fullName).orElse(nip);
    }

    /** The direct supervisor of {@code nip} in the registry today, or {@code null}. */
    String supervisorOf(String nip) {
        return staff.get(nip).supervisorNip();
    }

    /**
     * The direct supervisor of {@code nip} on {@code date}, from the registry's history of supervisor
     * changes: going back from today's value through the changes as they were recorded, each change
     * dated after {@code date} is undone. {@code null} when there was none. The registry knows nothing
     * before a person was registered: the first recorded value counts as having held before.
     */
    String supervisorOn(String nip, LocalDate date) {
        String supervisor = staff.get(nip).supervisorNip();
        List<StaffHistoryEntry> changes = staff.history(nip).stream()
                .filter(h -> h.kind() == StaffHistoryEntry.Kind.SUPERVISOR)
                .sorted(Comparator.comparing(StaffHistoryEntry::recordedAt))
                .toList();
        for (int i = changes.size() - 1; i >= 1; i--) {
            if (changes.get(i).effectiveDate().isAfter(date)) {
                supervisor = changes.get(i).oldValue();
            }
        }
        return supervisor == null || supervisor.isBlank() ? null : supervisor;
    }

    /** Whether {@code superior} is above {@code nip} in the supervisor chain. */
    boolean isAbove(String superior, String nip) {
        return staff.supervisorChain(nip).stream().anyMatch(m -> m.nip().equals(superior));
    }

    /** Whether {@code actor} is {@code principal} or acts for them (Plt/Plh) on {@code date}. */
    static boolean actsFor(EntityManager em, String actor, String principal, LocalDate date) {
        if (actor == null || principal == null) {
            return false;
        }
        if (actor.equals(principal)) {
            return true;
        }
        List<DelegationEntity> delegations = em.createQuery("SELECT d FROM DelegationEntity d WHERE d.delegateNip = :actor"
                + " AND d.principalNip = :principal AND d.startDate <= :date AND d.endDate >= :date", DelegationEntity.class)
                .setParameter("actor", actor).setParameter("principal", principal)
                .setParameter("date", date).getResultList();
        return !delegations.isEmpty();
    }
}
