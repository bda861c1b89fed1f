package id.kinerja.coaching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.coaching.internal.model.AssignmentEntity;
import id.kinerja.coaching.internal.model.MeetingEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/**
 * One-to-one coaching and mentoring: set up by the coachee's direct supervisor, meetings recorded
 * by the coach or the coachee, seen only by the coachee, the coach and the coachee's supervisor.
 */
@Component(service = AssignmentService.class)
public class AssignmentService {

    static final int MAX_COACHED = 200;

    static final int MAX_NOTES = 4000;

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final Clock clock;

    @Activate
    public AssignmentService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference CoachingSchema schema) {
        this.clock = city.clock();
        this.jpa = jpa;
        this.staff = staff;
    }

    public Assignment create(Caller caller, NewAssignment a, Long proposalId) {
        String actor = caller.actingNip();
        if (a == null || a.coacheeNip() == null || a.coachNip() == null) {
            throw KinerjaException.badRequest("REQUIRED", "coachNip", "coacheeNip dan coachNip wajib diisi", "coacheeNip and coachNip are required");
        }
        StaffMember coachee = employed(a.coacheeNip().strip(), "coacheeNip");
        StaffMember coach = employed(a.coachNip().strip(), "coachNip");
        if (!actor.equals(coachee.supervisorNip())) {
            throw KinerjaException.forbidden("NOT_THE_SUPERVISOR", "coacheeNip", "Pembinaan ditetapkan oleh atasan langsung pegawai",
                    "Coaching is set up by the coachee's direct supervisor");
        }
        if (coach.nip().equals(coachee.nip())) {
            throw KinerjaException.unprocessable("SELF_COACHING", "coachNip", "Pembina tidak boleh pegawai itu sendiri", "The coach cannot be the coachee");
        }
        String goals = a.goals() == null ? "" : a.goals().strip();
        if (goals.isEmpty() || goals.length() > 2000) {
            throw KinerjaException.badRequest("GOALS_REQUIRED", "goals", "Tujuan pembinaan wajib diisi (paling panjang 2000)",
                    "Goals are required (at most 2000 characters)");
        }
        LocalDate start = a.startDate() == null ? LocalDate.now(clock) : a.startDate();
        if (a.endDate() == null || a.endDate().isBefore(start)) {
            throw KinerjaException.badRequest("INVALID_DATES", "endDate", "Tanggal selesai wajib diisi dan tidak sebelum tanggal mulai",
                    "The end date is required and not before the start");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            AssignmentEntity e = new AssignmentEntity();
            e.coacheeNip = coachee.nip();
            e.coachNip = coach.nip();
            e.kind = a.kind() == null ? Assignment.Kind.COACHING : a.kind();
            e.goals = goals;
            e.startDate = start;
            e.endDate = a.endDate();
            e.status = Assignment.Status.ACTIVE;
            e.proposalId = proposalId;
            e.createdBy = actor;
            e.createdAt = Timestamp.from(clock.instant());
            em.persist(e);
            em.flush();
            return view(em, e);
        });
    }

    public Assignment get(Caller caller, long id) {
        String actor = caller.actingNip();
        return jpa.txExpr(TransactionType.Supports, em -> view(em, visible(em, actor, id)));
    }

    /** The assignments of a coachee that the acting person may see. */
    public List<Assignment> of(Caller caller, String coacheeNip) {
        String actor = caller.actingNip();
        String supervisor = staff.find(coacheeNip).map(StaffMember::supervisorNip).orElse(null);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.coacheeNip = :nip ORDER BY a.id DESC",
                AssignmentEntity.class).setParameter("nip", coacheeNip).getResultList().stream()
                .filter(a -> CoachingRules.maySee(actor, a.coacheeNip, a.coachNip, supervisor)).map(a -> view(em, a)).toList());
    }

    /** The assignments the acting person coaches (at most {@link #MAX_COACHED}), the active ones first, the latest first. */
    public List<Assignment> coachedBy(Caller caller) {
        String actor = caller.actingNip();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.coachNip = :nip"
                + " ORDER BY a.status, a.id DESC", AssignmentEntity.class).setParameter("nip", actor).setMaxResults(MAX_COACHED)
                .getResultList().stream().map(a -> view(em, a)).toList());
    }

    /** Active assignments of a person (for the appraisal's inputs: the rater is the supervisor). */
    long activeCount(String coacheeNip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(a) FROM AssignmentEntity a WHERE a.coacheeNip = :nip"
                + " AND a.status = :active", Long.class).setParameter("nip", coacheeNip).setParameter("active", Assignment.Status.ACTIVE).getSingleResult());
    }

    public Assignment addMeeting(Caller caller, long id, LocalDate date, String notes) {
        String actor = caller.actingNip();
        String text = notes == null ? "" : notes.strip();
        if (date == null || text.isEmpty() || text.length() > MAX_NOTES) {
            throw KinerjaException.badRequest("REQUIRED", "notes", "Tanggal dan catatan wajib diisi (catatan paling panjang " + MAX_NOTES + ")",
                    "The date and notes are required (notes at most " + MAX_NOTES + ")");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            AssignmentEntity a = visible(em, actor, id);
            if (!actor.equals(a.coachNip) && !actor.equals(a.coacheeNip)) {
                throw KinerjaException.forbidden("NOT_A_PARTICIPANT", null, "Pertemuan dicatat oleh pembina atau pegawai yang dibina",
                        "Meetings are recorded by the coach or the coachee");
            }
            if (a.status != Assignment.Status.ACTIVE) {
                throw KinerjaException.conflict("ASSIGNMENT_CLOSED", "status", "Pembinaan sudah ditutup", "The assignment is closed");
            }
            if (date.isBefore(a.startDate) || date.isAfter(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("INVALID_DATE", "date", "Tanggal pertemuan antara mulai pembinaan dan hari ini",
                        "The meeting date is between the start of the assignment and today");
            }
            MeetingEntity m = new MeetingEntity();
            m.assignmentId = a.id;
            m.date = date;
            m.notes = text;
            m.recordedBy = actor;
            m.recordedAt = Timestamp.from(clock.instant());
            em.persist(m);
            em.flush();
            return view(em, a);
        });
    }

    public Assignment close(Caller caller, long id) {
        String actor = caller.actingNip();
        return jpa.txExpr(TransactionType.Required, em -> {
            AssignmentEntity a = visible(em, actor, id);
            if (actor.equals(a.coacheeNip)) {
                throw KinerjaException.forbidden("NOT_ALLOWED", null, "Pembinaan ditutup oleh pembina atau atasan", "The coach or the supervisor closes it");
            }
            if (a.status != Assignment.Status.ACTIVE) {
                throw KinerjaException.conflict("ASSIGNMENT_CLOSED", "status", "Pembinaan sudah ditutup", "The assignment is closed");
            }
            a.status = Assignment.Status.CLOSED;
            a.closedAt = Timestamp.from(clock.instant());
            return view(em, a);
        });
    }

    private AssignmentEntity visible(EntityManager em, String actor, long id) {
        AssignmentEntity a = em.find(AssignmentEntity.class, id);
        if (a == null) {
            throw KinerjaException.notFound("ASSIGNMENT_NOT_FOUND", null, "Pembinaan " + id + " tidak ditemukan", "Assignment " + id + " not found");
        }
        String supervisor = staff.find(a.coacheeNip).map(StaffMember::supervisorNip).orElse(null);
        if (!CoachingRules.maySee(actor, a.coacheeNip, a.coachNip, supervisor)) {
            throw KinerjaException.forbidden("NOT_VISIBLE", null, "Pembinaan hanya dapat dilihat pegawai yang dibina, pembina dan atasannya",
                    "Only the coachee, the coach and the coachee's supervisor see an assignment");
        }
        return a;
    }

    private StaffMember employed(String nip, String field) {
        StaffMember m = staff.find(nip).orElse(null);
        if (m == null || !m.status().isEmployed()) {
            throw KinerjaException.unprocessable("STAFF_NOT_FOUND", field, "Pegawai " + nip + " tidak terdaftar atau tidak aktif",
                    "No employed staff member " + nip);
        }
        return m;
    }

    private static Assignment view(EntityManager em, AssignmentEntity a) {
        List<Assignment.Meeting> meetings = em.createQuery("SELECT m FROM MeetingEntity m WHERE m.assignmentId = :a ORDER BY m.date, m.id",
                MeetingEntity.class).setParameter("a", a.id).getResultList().stream()
                .map(m -> new Assignment.Meeting(m.id, m.date, m.notes, m.recordedBy, m.recordedAt.toInstant())).toList();
        return new Assignment(a.id, a.coacheeNip, a.coachNip, a.kind, a.goals, a.startDate, a.endDate, a.status,
                a.proposalId, a.createdBy, a.createdAt.toInstant(), a.closedAt == null ? null : a.closedAt.toInstant(), meetings);
    }
}
