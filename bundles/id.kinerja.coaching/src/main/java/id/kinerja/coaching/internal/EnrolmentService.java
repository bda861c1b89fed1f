package id.kinerja.coaching.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import id.kinerja.coaching.internal.model.AttendanceEntity;
import id.kinerja.coaching.internal.model.EnrolmentEntity;
import id.kinerja.coaching.internal.model.ProgramEntity;
import id.kinerja.coaching.internal.model.SessionEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.notification.NotificationEvents;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

import javax.persistence.LockModeType;

/**
 * Enrolment in a session: nomination, approval into a seat or the waiting list, withdrawal (the
 * first waiting takes the seat), attendance per day, completion with the learning hours earned.
 */
@Component(service = EnrolmentService.class, configurationPid = "id.kinerja.coaching")
public class EnrolmentService {

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final Clock clock;
    private volatile CoachingConfig config;

    /** Tells people their seat is confirmed (the notifications' topic); none in unit tests. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public EnrolmentService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference CityTime city, @Reference CoachingSchema schema, CoachingConfig config) {
        this.jpa = jpa;
        this.staff = staff;
        this.clock = city.clock();
        this.config = config;
    }

    @Modified
    void modified(CoachingConfig changed) {
        this.config = changed;
    }

    /** Nominates a person for a session (by their supervisor, the personnel office, or from a proposal). */
    public Enrolment nominate(Caller caller, long sessionId, String nip, Long proposalId) {
        String actor = caller.actingNip();
        StaffMember person = nip == null ? null : staff.find(nip.strip()).orElse(null);
        if (person == null || !person.status().isEmployed()) {
            throw KinerjaException.unprocessable("STAFF_NOT_FOUND", "nip", "Pegawai " + nip + " tidak terdaftar atau tidak aktif",
                    "No employed staff member " + nip);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity session = CoachingRecords.sessionEntity(em, sessionId, "sessionId");
            if (session.endDate.isBefore(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("SESSION_OVER", "sessionId", "Sesi sudah berakhir", "The session is over");
            }
            ProgramEntity program = CoachingRecords.program(em, session.programId, null);
            List<Long> missing = CoachingRecords.ids(program.prerequisites).stream().filter(required -> !CoachingRecords.hasCompleted(em, person.nip(), required)).toList();
            if (!missing.isEmpty()) {
                throw KinerjaException.unprocessable("PREREQUISITE_MISSING", "sessionId", "Pegawai belum menyelesaikan program prasyarat " + missing,
                        "The person has not completed the prerequisite programmes " + missing);
            }
            EnrolmentEntity e = em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.sessionId = :session AND e.nip = :nip", EnrolmentEntity.class)
                    .setParameter("session", sessionId).setParameter("nip", person.nip()).getResultList().stream().findFirst().orElse(null);
            if (e != null && e.status != Enrolment.Status.REJECTED && e.status != Enrolment.Status.WITHDRAWN) {
                throw KinerjaException.conflict("ALREADY_NOMINATED", "nip", "Pegawai sudah dinominasikan untuk sesi ini (" + e.status + ")",
                        "The person is nominated for this session already (" + e.status + ")");
            }
            if (e == null) {
                e = new EnrolmentEntity();
                e.sessionId = sessionId;
                e.nip = person.nip();
            }
            e.status = Enrolment.Status.NOMINATED;
            e.nominatedBy = actor;
            e.nominatedAt = now();
            e.decidedBy = null;
            e.decidedAt = null;
            e.waitlistedAt = null;
            e.reason = null;
            e.proposalId = proposalId;
            em.persist(e);
            em.flush();
            return CoachingRecords.enrolment(em, e);
        });
    }

    /** Approves a nomination: a seat while there is one, else the waiting list. */
    public Enrolment approve(Caller caller, long enrolmentId) {
        String actor = caller.actingNip();
        Enrolment approved = jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = CoachingRecords.enrolmentEntity(em, enrolmentId);
            CoachingRecords.expect(e, Enrolment.Status.NOMINATED);
            // the session row is locked so that two approvals never take the last seat twice
            SessionEntity session = em.find(SessionEntity.class, e.sessionId, LockModeType.PESSIMISTIC_WRITE);
            e.status = CoachingRules.onApproval(session.capacity, CoachingRecords.count(em, session.id, Enrolment.Status.ENROLLED));
            e.decidedBy = actor;
            e.decidedAt = now();
            e.waitlistedAt = e.status == Enrolment.Status.WAITLISTED ? e.decidedAt : null;
            return CoachingRecords.enrolment(em, e);
        });
        if (approved.status() == Enrolment.Status.ENROLLED) {
            seatConfirmed(approved.nip(), approved.programTitle());
        } else {
            tell(approved.nip(), "Anda dalam daftar tunggu " + approved.programTitle(), "You are on the waiting list of " + approved.programTitle(),
                    "Semua kursi terisi; Anda mendapat kursi begitu ada yang mundur.", "Every seat is taken; you get one as soon as someone withdraws.");
        }
        return approved;
    }

    private void seatConfirmed(String nip, String programTitle) {
        tell(nip, "Kursi Anda di " + programTitle + " dikonfirmasi", "Your seat in " + programTitle + " is confirmed",
                "Anda terdaftar sebagai peserta; kehadiran dicatat per hari.", "You are enrolled; attendance is recorded per day.");
    }

    /** Posts a notification to one person (after the change is committed); nobody listening changes nothing. */
    private void tell(String nip, String title, String titleEn, String text, String textEn) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(NotificationEvents.TOPIC, NotificationEvents.of("kinerja-coaching", List.of(nip), title, titleEn, text, textEn,
                    null)));
        }
    }

    public Enrolment reject(Caller caller, long enrolmentId, String reason) {
        String actor = caller.actingNip();
        String why = CoachingRecords.text(reason, "reason", true);
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = CoachingRecords.enrolmentEntity(em, enrolmentId);
            CoachingRecords.expect(e, Enrolment.Status.NOMINATED, Enrolment.Status.WAITLISTED);
            e.status = Enrolment.Status.REJECTED;
            e.decidedBy = actor;
            e.decidedAt = now();
            e.reason = why;
            return CoachingRecords.enrolment(em, e);
        });
    }

    /** Withdraws a person; a seat set free goes to the first on the waiting list. */
    public Enrolment withdraw(Caller caller, long enrolmentId) {
        String actor = caller.actingNip();
        List<Enrolment> seated = new ArrayList<>();
        Enrolment withdrawn = jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = CoachingRecords.enrolmentEntity(em, enrolmentId);
            CoachingRecords.expect(e, Enrolment.Status.NOMINATED, Enrolment.Status.ENROLLED, Enrolment.Status.WAITLISTED);
            boolean hadSeat = e.status == Enrolment.Status.ENROLLED;
            SessionEntity session = em.find(SessionEntity.class, e.sessionId, LockModeType.PESSIMISTIC_WRITE);
            e.status = Enrolment.Status.WITHDRAWN;
            e.decidedBy = actor;
            e.decidedAt = now();
            if (hadSeat) {
                em.flush();
                em.createQuery("SELECT w FROM EnrolmentEntity w WHERE w.sessionId = :session AND w.status = :waitlisted"
                        + " ORDER BY w.waitlistedAt, w.id", EnrolmentEntity.class).setParameter("session", session.id)
                        .setParameter("waitlisted", Enrolment.Status.WAITLISTED).setMaxResults(1).getResultList()
                        .forEach(first -> {
                            first.status = Enrolment.Status.ENROLLED;
                            seated.add(CoachingRecords.enrolment(em, first));
                        });
            }
            return CoachingRecords.enrolment(em, e);
        });
        // the first on the waiting list took the seat set free
        seated.forEach(next -> seatConfirmed(next.nip(), next.programTitle()));
        return withdrawn;
    }

    /** Records a participant present or absent on a day of the session (again for the same day replaces it). */
    public Enrolment attendance(Caller caller, long enrolmentId, LocalDate day, Boolean present) {
        String actor = caller.actingNip();
        if (day == null || present == null) {
            throw KinerjaException.badRequest("REQUIRED", "day", "Tanggal dan kehadiran wajib diisi", "The day and presence are required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = CoachingRecords.enrolmentEntity(em, enrolmentId);
            CoachingRecords.expect(e, Enrolment.Status.ENROLLED);
            SessionEntity session = em.find(SessionEntity.class, e.sessionId);
            if (day.isBefore(session.startDate) || day.isAfter(session.endDate)) {
                throw KinerjaException.unprocessable("OUTSIDE_SESSION", "day", "Tanggal di luar jadwal sesi " + session.startDate + ".." + session.endDate,
                        "The day is outside the session " + session.startDate + ".." + session.endDate);
            }
            if (day.isAfter(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("DATE_IN_FUTURE", "day", "Tanggal di masa depan", "The day is in the future");
            }
            AttendanceEntity.Key key = new AttendanceEntity.Key();
            key.enrolmentId = enrolmentId;
            key.day = day;
            AttendanceEntity a = em.find(AttendanceEntity.class, key);
            if (a == null) {
                a = new AttendanceEntity();
                a.enrolmentId = enrolmentId;
                a.day = day;
                em.persist(a);
            }
            a.present = present ? 1 : 0;
            a.recordedBy = actor;
            em.flush();
            return CoachingRecords.enrolment(em, e);
        });
    }

    /**
     * Ends a participation after the session: COMPLETED (the programme's JP credited to the year the
     * session ended) when present on enough of its days, otherwise NOT_COMPLETED.
     */
    public Enrolment complete(Caller caller, long enrolmentId, BigDecimal score, String certificateNumber) {
        String actor = caller.actingNip();
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2)) {
            throw KinerjaException.badRequest("INVALID_SCORE", "score", "Nilai 0..100 (dua desimal)", "Score 0..100 (two decimals)");
        }
        String certificate = CoachingRecords.text(certificateNumber, "certificateNumber", false);
        int minimumPercent = config.minimumAttendancePercent();
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = CoachingRecords.enrolmentEntity(em, enrolmentId);
            CoachingRecords.expect(e, Enrolment.Status.ENROLLED);
            SessionEntity session = em.find(SessionEntity.class, e.sessionId);
            if (LocalDate.now(clock).isBefore(session.endDate)) {
                throw KinerjaException.unprocessable("SESSION_NOT_OVER", null, "Sesi belum selesai (" + session.endDate + ")",
                        "The session is not over (" + session.endDate + ")");
            }
            int days = CoachingRules.sessionDays(session.startDate, session.endDate);
            int present = CoachingRecords.present(em, e.id);
            boolean completed = CoachingRules.completes(present, days, minimumPercent);
            e.status = completed ? Enrolment.Status.COMPLETED : Enrolment.Status.NOT_COMPLETED;
            e.score = score;
            e.certificateNumber = completed ? certificate : null;
            e.completedAt = now();
            e.creditedHours = completed ? CoachingRecords.program(em, session.programId, null).learningHours : 0;
            e.creditYear = completed ? session.endDate.getYear() : null;
            e.reason = completed ? null : "Hadir " + CoachingRules.attendancePercent(present, days) + "% dari " + days + " hari (minimum "
                    + minimumPercent + "%): JP tidak dihitung";
            e.decidedBy = actor;
            return CoachingRecords.enrolment(em, e);
        });
    }

    public Enrolment enrolment(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> CoachingRecords.enrolment(em, CoachingRecords.enrolmentEntity(em, id)));
    }

    public List<Enrolment> enrolments(long sessionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CoachingRecords.sessionEntity(em, sessionId, null);
            return CoachingRecords.enrolments(em, em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.sessionId = :session ORDER BY e.id", EnrolmentEntity.class)
                    .setParameter("session", sessionId).getResultList());
        });
    }

    /** Everything a person took part in, the latest first. */
    public List<Enrolment> history(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> CoachingRecords.enrolments(em, em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.nip = :nip"
                + " ORDER BY e.id DESC", EnrolmentEntity.class).setParameter("nip", nip).getResultList()));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
