package id.kinerja.coaching.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.coaching.internal.model.AttendanceEntity;
import id.kinerja.coaching.internal.model.EnrolmentEntity;
import id.kinerja.coaching.internal.model.ProgramEntity;
import id.kinerja.coaching.internal.model.SessionEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/**
 * The catalogue, its sessions, enrolment (nomination, approval into a seat or the waiting list,
 * attendance, completion) and the learning hours (JP) each person accrues per year.
 */
@Component(service = CoachingService.class, configurationPid = "id.kinerja.coaching")
@Designate(ocd = CoachingConfig.class)
public class CoachingService {

    static final int MAX_TEXT = 200;

    /** A programme as sent by the personnel office. */
    public record NewProgram(String title, String competencyArea, Program.Form form, Integer learningHours, String provider,
            List<BerakhlakValue> addresses, List<Long> prerequisites, Long followUpProgramId) {
    }

    /** A session as sent. */
    public record NewSession(LocalDate startDate, LocalDate endDate, String location, Boolean online, String trainer, Integer capacity) {
    }

    /** A person's learning hours of a year against the minimum, with what earned them. */
    public record LearningHours(String nip, int year, int hours, int minimum, int shortfall, List<Enrolment> completed) {
    }

    /** A person behind the yearly minimum. */
    public record Behind(String nip, String fullName, String unitCode, int hours, int shortfall) {
    }

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final OrgUnitService units;
    private final Clock clock;
    private volatile CoachingConfig config;

    @Activate
    public CoachingService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference OrgUnitService units, @Reference CoachingSchema schema, CoachingConfig config) {
        this.clock = city.clock();
        this.jpa = jpa;
        this.staff = staff;
        this.units = units;
        this.config = config;
    }

    @Modified
    void modified(CoachingConfig changed) {
        this.config = changed;
    }

    int minimumLearningHours() {
        return config.minimumLearningHours();
    }

    // ---- catalogue

    public Program createProgram(String actorNip, NewProgram p) {
        String actor = Actors.require(staff, actorNip);
        if (p == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Data program wajib dikirim", "The programme is required");
        }
        String title = text(p.title(), "title", true);
        String area = text(p.competencyArea(), "competencyArea", true);
        String provider = text(p.provider(), "provider", true);
        if (p.form() == null) {
            throw KinerjaException.badRequest("REQUIRED", "form", "Bentuk pengembangan wajib diisi: " + Arrays.toString(Program.Form.values()),
                    "The form is required: " + Arrays.toString(Program.Form.values()));
        }
        if (p.learningHours() == null || p.learningHours() < 1 || p.learningHours() > 500) {
            throw KinerjaException.badRequest("INVALID_HOURS", "learningHours", "JP harus 1..500", "Learning hours must be 1..500");
        }
        List<Long> prerequisites = p.prerequisites() == null ? List.of() : p.prerequisites().stream().filter(Objects::nonNull).distinct().toList();
        return jpa.txExpr(TransactionType.Required, em -> {
            for (Long required : prerequisites) {
                program(em, required, "prerequisites");
            }
            if (p.followUpProgramId() != null) {
                program(em, p.followUpProgramId(), "followUpProgramId");
            }
            ProgramEntity e = new ProgramEntity();
            e.title = title;
            e.competencyArea = area;
            e.form = p.form();
            e.learningHours = p.learningHours();
            e.provider = provider;
            e.addresses = p.addresses() == null ? "" : p.addresses().stream().filter(Objects::nonNull).distinct().map(Enum::name)
                    .collect(Collectors.joining(","));
            e.prerequisites = prerequisites.stream().map(String::valueOf).collect(Collectors.joining(","));
            e.followUpProgramId = p.followUpProgramId();
            e.active = 1;
            e.createdAt = now();
            e.createdBy = actor;
            em.persist(e);
            em.flush();
            return program(e);
        });
    }

    public Page<Program> programs(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new Page<>(em.createQuery("SELECT p FROM ProgramEntity p ORDER BY p.id", ProgramEntity.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream().map(CoachingService::program).toList(),
                em.createQuery("SELECT COUNT(p) FROM ProgramEntity p", Long.class).getSingleResult(), page.offset(), page.limit()));
    }

    /** Every active programme, for matching proposals. */
    List<Program> catalogue() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM ProgramEntity p WHERE p.active = 1 ORDER BY p.id",
                ProgramEntity.class).getResultList().stream().map(CoachingService::program).toList());
    }

    public Program program(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> program(program(em, id, null)));
    }

    /** A 422 naming {@code field} unless the programme exists. */
    void requireProgram(long id, String field) {
        jpa.txExpr(TransactionType.Supports, em -> program(em, id, field));
    }

    // ---- sessions

    public Session createSession(String actorNip, long programId, NewSession s) {
        Actors.require(staff, actorNip);
        if (s == null || s.startDate() == null || s.endDate() == null) {
            throw KinerjaException.badRequest("REQUIRED", "startDate", "Tanggal mulai dan selesai wajib diisi", "Start and end dates are required");
        }
        if (s.endDate().isBefore(s.startDate()) || CoachingRules.sessionDays(s.startDate(), s.endDate()) > 366) {
            throw KinerjaException.badRequest("INVALID_DATES", "endDate", "Tanggal selesai harus sesudah tanggal mulai (paling lama setahun)",
                    "The end date must follow the start date (at most a year)");
        }
        String location = text(s.location(), "location", true);
        String trainer = text(s.trainer(), "trainer", true);
        if (s.capacity() == null || s.capacity() < 1 || s.capacity() > 10_000) {
            throw KinerjaException.badRequest("INVALID_CAPACITY", "capacity", "Kapasitas harus 1..10000", "Capacity must be 1..10000");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ProgramEntity program = program(em, programId, null);
            if (program.active == 0) {
                throw KinerjaException.unprocessable("PROGRAM_INACTIVE", null, "Program tidak aktif", "The programme is not active");
            }
            SessionEntity e = new SessionEntity();
            e.programId = programId;
            e.startDate = Date.valueOf(s.startDate());
            e.endDate = Date.valueOf(s.endDate());
            e.location = location;
            e.online = Boolean.TRUE.equals(s.online()) ? 1 : 0;
            e.trainer = trainer;
            e.capacity = s.capacity();
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return session(em, e);
        });
    }

    public List<Session> sessions(long programId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            program(em, programId, null);
            List<SessionEntity> list = em.createQuery("SELECT s FROM SessionEntity s WHERE s.programId = :program ORDER BY s.startDate, s.id",
                    SessionEntity.class).setParameter("program", programId).getResultList();
            Map<Long, Map<Enrolment.Status, Long>> counts = counts(em, list.stream().map(s -> s.id).toList());
            return list.stream().map(s -> session(em, s, counts.getOrDefault(s.id, Map.of()))).toList();
        });
    }

    public Session session(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> session(em, sessionEntity(em, id, null)));
    }

    // ---- enrolment

    /** Nominates a person for a session (by their supervisor, the personnel office, or from a proposal). */
    public Enrolment nominate(String actorNip, long sessionId, String nip, Long proposalId) {
        String actor = Actors.require(staff, actorNip);
        StaffMember person = nip == null ? null : staff.find(nip.strip()).orElse(null);
        if (person == null || !person.status().isEmployed()) {
            throw KinerjaException.unprocessable("STAFF_NOT_FOUND", "nip", "Pegawai " + nip + " tidak terdaftar atau tidak aktif",
                    "No employed staff member " + nip);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SessionEntity session = sessionEntity(em, sessionId, "sessionId");
            if (session.endDate.toLocalDate().isBefore(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("SESSION_OVER", "sessionId", "Sesi sudah berakhir", "The session is over");
            }
            ProgramEntity program = program(em, session.programId, null);
            List<Long> missing = ids(program.prerequisites).stream().filter(required -> !hasCompleted(em, person.nip(), required)).toList();
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
            return enrolment(em, e);
        });
    }

    /** Approves a nomination: a seat while there is one, else the waiting list. */
    public Enrolment approve(String actorNip, long enrolmentId) {
        String actor = Actors.require(staff, actorNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = enrolmentEntity(em, enrolmentId);
            expect(e, Enrolment.Status.NOMINATED);
            // the session row is locked so that two approvals never take the last seat twice
            SessionEntity session = em.find(SessionEntity.class, e.sessionId, LockModeType.PESSIMISTIC_WRITE);
            e.status = CoachingRules.onApproval(session.capacity, count(em, session.id, Enrolment.Status.ENROLLED));
            e.decidedBy = actor;
            e.decidedAt = now();
            e.waitlistedAt = e.status == Enrolment.Status.WAITLISTED ? e.decidedAt : null;
            return enrolment(em, e);
        });
    }

    public Enrolment reject(String actorNip, long enrolmentId, String reason) {
        String actor = Actors.require(staff, actorNip);
        String why = text(reason, "reason", true);
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = enrolmentEntity(em, enrolmentId);
            expect(e, Enrolment.Status.NOMINATED, Enrolment.Status.WAITLISTED);
            e.status = Enrolment.Status.REJECTED;
            e.decidedBy = actor;
            e.decidedAt = now();
            e.reason = why;
            return enrolment(em, e);
        });
    }

    /** Withdraws a person; a seat set free goes to the first on the waiting list. */
    public Enrolment withdraw(String actorNip, long enrolmentId) {
        String actor = Actors.require(staff, actorNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = enrolmentEntity(em, enrolmentId);
            expect(e, Enrolment.Status.NOMINATED, Enrolment.Status.ENROLLED, Enrolment.Status.WAITLISTED);
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
                        .forEach(first -> first.status = Enrolment.Status.ENROLLED);
            }
            return enrolment(em, e);
        });
    }

    /** Records a participant present or absent on a day of the session (again for the same day replaces it). */
    public Enrolment attendance(String actorNip, long enrolmentId, LocalDate day, Boolean present) {
        String actor = Actors.require(staff, actorNip);
        if (day == null || present == null) {
            throw KinerjaException.badRequest("REQUIRED", "day", "Tanggal dan kehadiran wajib diisi", "The day and presence are required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = enrolmentEntity(em, enrolmentId);
            expect(e, Enrolment.Status.ENROLLED);
            SessionEntity session = em.find(SessionEntity.class, e.sessionId);
            if (day.isBefore(session.startDate.toLocalDate()) || day.isAfter(session.endDate.toLocalDate())) {
                throw KinerjaException.unprocessable("OUTSIDE_SESSION", "day", "Tanggal di luar jadwal sesi " + session.startDate + ".." + session.endDate,
                        "The day is outside the session " + session.startDate + ".." + session.endDate);
            }
            if (day.isAfter(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("DATE_IN_FUTURE", "day", "Tanggal di masa depan", "The day is in the future");
            }
            AttendanceEntity.Key key = new AttendanceEntity.Key();
            key.enrolmentId = enrolmentId;
            key.day = Date.valueOf(day);
            AttendanceEntity a = em.find(AttendanceEntity.class, key);
            if (a == null) {
                a = new AttendanceEntity();
                a.enrolmentId = enrolmentId;
                a.day = Date.valueOf(day);
                em.persist(a);
            }
            a.present = present ? 1 : 0;
            a.recordedBy = actor;
            em.flush();
            return enrolment(em, e);
        });
    }

    /**
     * Ends a participation after the session: COMPLETED (the programme's JP credited to the year the
     * session ended) when present on enough of its days, otherwise NOT_COMPLETED.
     */
    public Enrolment complete(String actorNip, long enrolmentId, BigDecimal score, String certificateNumber) {
        String actor = Actors.require(staff, actorNip);
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2)) {
            throw KinerjaException.badRequest("INVALID_SCORE", "score", "Nilai 0..100 (dua desimal)", "Score 0..100 (two decimals)");
        }
        String certificate = text(certificateNumber, "certificateNumber", false);
        int minimumPercent = config.minimumAttendancePercent();
        return jpa.txExpr(TransactionType.Required, em -> {
            EnrolmentEntity e = enrolmentEntity(em, enrolmentId);
            expect(e, Enrolment.Status.ENROLLED);
            SessionEntity session = em.find(SessionEntity.class, e.sessionId);
            if (LocalDate.now(clock).isBefore(session.endDate.toLocalDate())) {
                throw KinerjaException.unprocessable("SESSION_NOT_OVER", null, "Sesi belum selesai (" + session.endDate + ")",
                        "The session is not over (" + session.endDate + ")");
            }
            int days = CoachingRules.sessionDays(session.startDate.toLocalDate(), session.endDate.toLocalDate());
            int present = present(em, e.id);
            boolean completed = CoachingRules.completes(present, days, minimumPercent);
            e.status = completed ? Enrolment.Status.COMPLETED : Enrolment.Status.NOT_COMPLETED;
            e.score = score;
            e.certificateNumber = completed ? certificate : null;
            e.completedAt = now();
            e.creditedHours = completed ? program(em, session.programId, null).learningHours : 0;
            e.creditYear = completed ? session.endDate.toLocalDate().getYear() : null;
            e.reason = completed ? null : "Hadir " + CoachingRules.attendancePercent(present, days) + "% dari " + days + " hari (minimum "
                    + minimumPercent + "%): JP tidak dihitung";
            e.decidedBy = actor;
            return enrolment(em, e);
        });
    }

    public Enrolment enrolment(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> enrolment(em, enrolmentEntity(em, id)));
    }

    public List<Enrolment> enrolments(long sessionId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            sessionEntity(em, sessionId, null);
            return enrolments(em, em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.sessionId = :session ORDER BY e.id", EnrolmentEntity.class)
                    .setParameter("session", sessionId).getResultList());
        });
    }

    /** Everything a person took part in, the latest first. */
    public List<Enrolment> history(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> enrolments(em, em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.nip = :nip"
                + " ORDER BY e.id DESC", EnrolmentEntity.class).setParameter("nip", nip).getResultList()));
    }

    // ---- learning hours

    public LearningHours learningHours(String nip, int year) {
        year(year);
        int minimum = config.minimumLearningHours();
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Enrolment> completed = enrolments(em, em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.nip = :nip AND e.creditYear = :year"
                    + " AND e.status = :completed ORDER BY e.completedAt", EnrolmentEntity.class).setParameter("nip", nip).setParameter("year", year)
                    .setParameter("completed", Enrolment.Status.COMPLETED).getResultList());
            int hours = completed.stream().mapToInt(Enrolment::creditedHours).sum();
            return new LearningHours(nip, year, hours, minimum, CoachingRules.shortfall(hours, minimum), completed);
        });
    }

    /**
     * Employed staff (of a unit and its subunits, or everyone) short of the year's minimum JP, least
     * hours first: one query for the hours, the registry read a thousand at a time.
     */
    public Page<Behind> behind(int year, String unitCode, PageRequest page) {
        year(year);
        int minimum = config.minimumLearningHours();
        Set<String> unitCodes = unitCode == null || unitCode.isBlank() ? null : units.subtreeCodes(unitCode.strip());
        Map<String, Integer> hours = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.nip, SUM(e.creditedHours) FROM EnrolmentEntity e"
                + " WHERE e.creditYear = :year AND e.status = :completed GROUP BY e.nip", Object[].class).setParameter("year", year)
                .setParameter("completed", Enrolment.Status.COMPLETED).getResultList())
                .forEach(row -> hours.put((String) row[0], ((Number) row[1]).intValue()));
        LocalDate asOf = LocalDate.now(clock).getYear() == year ? LocalDate.now(clock) : LocalDate.of(year, 12, 31);
        List<Behind> behind = new ArrayList<>();
        staff.forEachOn(asOf, m -> {
            int h = hours.getOrDefault(m.nip(), 0);
            if (m.status().isEmployed() && (unitCodes == null || unitCodes.contains(m.unitCode())) && h < minimum) {
                behind.add(new Behind(m.nip(), m.fullName(), m.unitCode(), h, CoachingRules.shortfall(h, minimum)));
            }
        });
        behind.sort(java.util.Comparator.comparingInt(Behind::hours).thenComparing(Behind::unitCode).thenComparing(Behind::nip));
        int from = Math.min(page.offset(), behind.size());
        return new Page<>(behind.subList(from, Math.min(behind.size(), from + page.limit())), behind.size(), page.offset(), page.limit());
    }

    // ---- helpers

    private static boolean hasCompleted(EntityManager em, String nip, long programId) {
        return em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e, SessionEntity s WHERE s.id = e.sessionId AND e.nip = :nip"
                + " AND s.programId = :program AND e.status = :completed", Long.class).setParameter("nip", nip).setParameter("program", programId)
                .setParameter("completed", Enrolment.Status.COMPLETED).getSingleResult() > 0;
    }

    private static long count(EntityManager em, long sessionId, Enrolment.Status status) {
        return em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e WHERE e.sessionId = :session AND e.status = :status", Long.class)
                .setParameter("session", sessionId).setParameter("status", status).getSingleResult();
    }

    private static int present(EntityManager em, long enrolmentId) {
        return em.createQuery("SELECT COUNT(a) FROM AttendanceEntity a WHERE a.enrolmentId = :enrolment AND a.present = 1", Long.class)
                .setParameter("enrolment", enrolmentId).getSingleResult().intValue();
    }

    private static void expect(EnrolmentEntity e, Enrolment.Status... allowed) {
        if (!Arrays.asList(allowed).contains(e.status)) {
            throw KinerjaException.conflict("INVALID_STATUS", "status", "Pendaftaran berstatus " + e.status + ", bukan " + Arrays.toString(allowed),
                    "The enrolment is " + e.status + ", not " + Arrays.toString(allowed));
        }
    }

    private static ProgramEntity program(EntityManager em, long id, String field) {
        ProgramEntity p = em.find(ProgramEntity.class, id);
        if (p == null) {
            throw field == null ? KinerjaException.notFound("PROGRAM_NOT_FOUND", null, "Program " + id + " tidak ditemukan", "Programme " + id + " not found")
                    : KinerjaException.unprocessable("PROGRAM_NOT_FOUND", field, "Program " + id + " tidak ditemukan", "Programme " + id + " not found");
        }
        return p;
    }

    private static SessionEntity sessionEntity(EntityManager em, long id, String field) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw field == null ? KinerjaException.notFound("SESSION_NOT_FOUND", null, "Sesi " + id + " tidak ditemukan", "Session " + id + " not found")
                    : KinerjaException.unprocessable("SESSION_NOT_FOUND", field, "Sesi " + id + " tidak ditemukan", "Session " + id + " not found");
        }
        return s;
    }

    private static EnrolmentEntity enrolmentEntity(EntityManager em, long id) {
        EnrolmentEntity e = em.find(EnrolmentEntity.class, id);
        if (e == null) {
            throw KinerjaException.notFound("ENROLMENT_NOT_FOUND", null, "Pendaftaran " + id + " tidak ditemukan", "Enrolment " + id + " not found");
        }
        return e;
    }

    static Program program(ProgramEntity e) {
        return new Program(e.id, e.title, e.competencyArea, e.form, e.learningHours, e.provider,
                names(e.addresses).stream().map(BerakhlakValue::valueOf).toList(), ids(e.prerequisites), e.followUpProgramId, e.active == 1);
    }

    private static Session session(EntityManager em, SessionEntity s) {
        return session(em, s, counts(em, List.of(s.id)).getOrDefault(s.id, Map.of()));
    }

    /** Enrolments of sessions by state, in one query. */
    private static Map<Long, Map<Enrolment.Status, Long>> counts(EntityManager em, List<Long> sessionIds) {
        Map<Long, Map<Enrolment.Status, Long>> counts = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            em.createQuery("SELECT e.sessionId, e.status, COUNT(e) FROM EnrolmentEntity e WHERE e.sessionId IN :ids GROUP BY e.sessionId, e.status",
                    Object[].class).setParameter("ids", sessionIds).getResultList().forEach(row -> counts
                            .computeIfAbsent((Long) row[0], k -> new java.util.EnumMap<>(Enrolment.Status.class))
                            .put((Enrolment.Status) row[1], ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** A session with its seats taken (enrolled, completed or not) and its waiting list. */
    private static Session session(EntityManager em, SessionEntity s, Map<Enrolment.Status, Long> counts) {
        long taken = counts.getOrDefault(Enrolment.Status.ENROLLED, 0L) + counts.getOrDefault(Enrolment.Status.COMPLETED, 0L)
                + counts.getOrDefault(Enrolment.Status.NOT_COMPLETED, 0L);
        return new Session(s.id, s.programId, program(em, s.programId, null).title, s.startDate.toLocalDate(), s.endDate.toLocalDate(), s.location,
                s.online == 1, s.trainer, s.capacity, taken, counts.getOrDefault(Enrolment.Status.WAITLISTED, 0L));
    }

    private static Enrolment enrolment(EntityManager em, EnrolmentEntity e) {
        return enrolment(em, e, e.id == null ? 0 : present(em, e.id));
    }

    /** Many enrolments at once: their days present counted with one query (sessions and programmes come from the context). */
    private static List<Enrolment> enrolments(EntityManager em, List<EnrolmentEntity> list) {
        Map<Long, Integer> present = new HashMap<>();
        if (!list.isEmpty()) {
            em.createQuery("SELECT a.enrolmentId, COUNT(a) FROM AttendanceEntity a WHERE a.enrolmentId IN :ids AND a.present = 1"
                    + " GROUP BY a.enrolmentId", Object[].class).setParameter("ids", list.stream().map(e -> e.id).toList()).getResultList()
                    .forEach(row -> present.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return list.stream().map(e -> enrolment(em, e, present.getOrDefault(e.id, 0))).toList();
    }

    private static Enrolment enrolment(EntityManager em, EnrolmentEntity e, int daysPresent) {
        SessionEntity s = em.find(SessionEntity.class, e.sessionId);
        ProgramEntity p = em.find(ProgramEntity.class, s.programId);
        return new Enrolment(e.id, e.sessionId, p.id, p.title, e.nip, e.status, e.nominatedBy, e.nominatedAt.toInstant(), e.decidedBy,
                e.decidedAt == null ? null : e.decidedAt.toInstant(), e.reason, daysPresent,
                CoachingRules.sessionDays(s.startDate.toLocalDate(), s.endDate.toLocalDate()), e.score, e.certificateNumber,
                e.completedAt == null ? null : e.completedAt.toInstant(), e.creditedHours, e.creditYear, e.proposalId);
    }

    static List<String> names(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Long> ids(String csv) {
        return names(csv).stream().map(Long::valueOf).toList();
    }

    private static String text(String value, String field, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw KinerjaException.badRequest("REQUIRED", field, field + " wajib diisi", field + " is required");
            }
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw KinerjaException.badRequest("TOO_LONG", field, field + " paling panjang " + MAX_TEXT + " karakter",
                    field + " is at most " + MAX_TEXT + " characters");
        }
        return v;
    }

    private static void year(int year) {
        if (year < 2000 || year > 2100) {
            throw KinerjaException.badRequest("INVALID_YEAR", "year", "Tahun tidak valid: " + year, "Invalid year: " + year);
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
