package id.kinerja.staff.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Objects;

import javax.persistence.EntityManager;

import id.kinerja.core.api.staff.Nip;
import id.kinerja.core.api.staff.StaffHistoryEntry.Kind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.staff.internal.model.StaffEntity;
import id.kinerja.staff.internal.model.StaffHistoryEntity;

/**
 * Writes validated staff records to their entities and records every change of rank, position,
 * unit, supervisor and status in the history. Runs inside the caller's transaction.
 */
final class StaffWriter {

    private final EntityManager em;
    private final Timestamp now;

    StaffWriter(EntityManager em, Timestamp now) {
        this.em = em;
        this.now = now;
    }

    /** Creates the entity; the history starts with the initial values. */
    StaffEntity create(StaffMember staff, Nip nip, LocalDate today) {
        StaffEntity entity = new StaffEntity();
        entity.setNip(staff.nip());
        entity.setBirthDate(nip.birthDate());
        entity.setGender(nip.gender());
        entity.setCreatedAt(now);
        apply(entity, staff, null, today);
        em.persist(entity);
        return entity;
    }

    /**
     * Applies {@code staff} to an existing entity.
     *
     * @param effectiveDate when the changes hold; {@code null} means today (a rank change uses its
     *        {@code rankSince})
     */
    void update(StaffEntity entity, StaffMember staff, LocalDate effectiveDate, LocalDate today) {
        apply(entity, staff, entity.toMember(), effectiveDate == null ? today : effectiveDate);
    }

    private void apply(StaffEntity entity, StaffMember to, StaffMember from, LocalDate effective) {
        String nip = to.nip();
        LocalDate rankEffective = to.rankSince() != null ? to.rankSince() : effective;
        record(nip, Kind.RANK, from == null ? null : from.rank(), to.rank(), rankEffective);
        record(nip, Kind.POSITION, from == null ? null : RegistryOnDate.position(from), RegistryOnDate.position(to), effective);
        record(nip, Kind.UNIT, from == null ? null : from.unitCode(), to.unitCode(), effective);
        record(nip, Kind.SUPERVISOR, from == null ? null : from.supervisorNip(), to.supervisorNip(), effective);
        record(nip, Kind.STATUS, from == null ? null : name(from.status()), name(to.status()), effective);

        entity.setFullName(to.fullName());
        entity.setEmploymentType(to.employmentType());
        entity.setRank(to.rank());
        entity.setRankSince(to.rankSince());
        entity.setPositionName(to.positionName());
        entity.setPositionKind(to.positionKind());
        entity.setPositionClass(to.positionClass());
        entity.setUnitCode(to.unitCode());
        entity.setSupervisorNip(to.supervisorNip());
        entity.setStatus(to.status());
        entity.setSpouseCount(to.spouseCount());
        entity.setChildCount(to.childCount());
        entity.setEmail(to.email());
        entity.setPhone(to.phone());
        entity.setUpdatedAt(now);
    }

    private void record(String nip, Kind kind, String oldValue, String newValue, LocalDate effective) {
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        em.persist(new StaffHistoryEntity(nip, kind, oldValue, newValue, effective, now));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
