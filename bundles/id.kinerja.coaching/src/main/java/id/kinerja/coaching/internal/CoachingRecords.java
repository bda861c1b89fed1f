package id.kinerja.coaching.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.coaching.internal.model.AttendanceEntity;
import id.kinerja.coaching.internal.model.EnrolmentEntity;
import id.kinerja.coaching.internal.model.ProgramEntity;
import id.kinerja.coaching.internal.model.SessionEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Texts;

/** What the coaching services share: finding programmes, sessions and enrolments (or a 404/422), their views, and the checks of texts and years. */
final class CoachingRecords {

    static final int MAX_TEXT = 200;

    private CoachingRecords() {
    }

    static boolean hasCompleted(EntityManager em, String nip, long programId) {
        return em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e, SessionEntity s WHERE s.id = e.sessionId AND e.nip = :nip"
                + " AND s.programId = :program AND e.status = :completed", Long.class).setParameter("nip", nip).setParameter("program", programId)
                .setParameter("completed", Enrolment.Status.COMPLETED).getSingleResult() > 0;
    }

    static long count(EntityManager em, long sessionId, Enrolment.Status status) {
        return em.createQuery("SELECT COUNT(e) FROM EnrolmentEntity e WHERE e.sessionId = :session AND e.status = :status", Long.class)
                .setParameter("session", sessionId).setParameter("status", status).getSingleResult();
    }

    static int present(EntityManager em, long enrolmentId) {
        return em.createQuery("SELECT COUNT(a) FROM AttendanceEntity a WHERE a.enrolmentId = :enrolment AND a.present = 1", Long.class)
                .setParameter("enrolment", enrolmentId).getSingleResult().intValue();
    }

    static void expect(EnrolmentEntity e, Enrolment.Status... allowed) {
        if (!Arrays.asList(allowed).contains(e.status)) {
            throw KinerjaException.conflict("INVALID_STATUS", "status", "Pendaftaran berstatus " + e.status + ", bukan " + Arrays.toString(allowed),
                    "The enrolment is " + e.status + ", not " + Arrays.toString(allowed));
        }
    }

    static ProgramEntity program(EntityManager em, long id, String field) {
        ProgramEntity p = em.find(ProgramEntity.class, id);
        if (p == null) {
            throw field == null ? KinerjaException.notFound("PROGRAM_NOT_FOUND", null, "Program " + id + " tidak ditemukan", "Programme " + id + " not found")
                    : KinerjaException.unprocessable("PROGRAM_NOT_FOUND", field, "Program " + id + " tidak ditemukan", "Programme " + id + " not found");
        }
        return p;
    }

    static SessionEntity sessionEntity(EntityManager em, long id, String field) {
        SessionEntity s = em.find(SessionEntity.class, id);
        if (s == null) {
            throw field == null ? KinerjaException.notFound("SESSION_NOT_FOUND", null, "Sesi " + id + " tidak ditemukan", "Session " + id + " not found")
                    : KinerjaException.unprocessable("SESSION_NOT_FOUND", field, "Sesi " + id + " tidak ditemukan", "Session " + id + " not found");
        }
        return s;
    }

    static EnrolmentEntity enrolmentEntity(EntityManager em, long id) {
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

    static Session session(EntityManager em, SessionEntity s) {
        return session(em, s, counts(em, List.of(s.id)).getOrDefault(s.id, Map.of()));
    }

    /** Enrolments of sessions by state, in one query. */
    static Map<Long, Map<Enrolment.Status, Long>> counts(EntityManager em, List<Long> sessionIds) {
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
    static Session session(EntityManager em, SessionEntity s, Map<Enrolment.Status, Long> counts) {
        long taken = counts.getOrDefault(Enrolment.Status.ENROLLED, 0L) + counts.getOrDefault(Enrolment.Status.COMPLETED, 0L)
                + counts.getOrDefault(Enrolment.Status.NOT_COMPLETED, 0L);
        return new Session(s.id, s.programId, program(em, s.programId, null).title, s.startDate, s.endDate, s.location,
                s.online == 1, s.trainer, s.capacity, taken, counts.getOrDefault(Enrolment.Status.WAITLISTED, 0L));
    }

    static Enrolment enrolment(EntityManager em, EnrolmentEntity e) {
        return enrolment(em, e, e.id == null ? 0 : present(em, e.id));
    }

    /** Many enrolments at once: their days present counted with one query (sessions and programmes come from the context). */
    static List<Enrolment> enrolments(EntityManager em, List<EnrolmentEntity> list) {
        Map<Long, Integer> present = new HashMap<>();
        if (!list.isEmpty()) {
            em.createQuery("SELECT a.enrolmentId, COUNT(a) FROM AttendanceEntity a WHERE a.enrolmentId IN :ids AND a.present = 1"
                    + " GROUP BY a.enrolmentId", Object[].class).setParameter("ids", list.stream().map(e -> e.id).toList()).getResultList()
                    .forEach(row -> present.put((Long) row[0], ((Number) row[1]).intValue()));
        }
        return list.stream().map(e -> enrolment(em, e, present.getOrDefault(e.id, 0))).toList();
    }

    static Enrolment enrolment(EntityManager em, EnrolmentEntity e, int daysPresent) {
        SessionEntity s = em.find(SessionEntity.class, e.sessionId);
        ProgramEntity p = em.find(ProgramEntity.class, s.programId);
        return new Enrolment(e.id, e.sessionId, p.id, p.title, e.nip, e.status, e.nominatedBy, e.nominatedAt.toInstant(), e.decidedBy,
                e.decidedAt == null ? null : e.decidedAt.toInstant(), e.reason, daysPresent,
                CoachingRules.sessionDays(s.startDate, s.endDate), e.score, e.certificateNumber,
                e.completedAt == null ? null : e.completedAt.toInstant(), e.creditedHours, e.creditYear, e.proposalId);
    }

    static List<String> names(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Long> ids(String csv) {
        return names(csv).stream().map(Long::valueOf).toList();
    }

    static String text(String value, String field, boolean required) {
        return required ? Texts.required(value, field, MAX_TEXT) : Texts.optional(value, field, MAX_TEXT);
    }

    static void year(int year) {
        if (year < 2000 || year > 2100) {
            throw KinerjaException.badRequest("INVALID_YEAR", "year", "Tahun tidak valid: " + year, "Invalid year: " + year);
        }
    }
}
