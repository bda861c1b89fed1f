package id.kinerja.coaching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.coaching.internal.model.ProgramEntity;
import id.kinerja.coaching.internal.model.SessionEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.time.CityTime;


/** The catalogue of trainings, workshops and seminars, and their sessions with seats. */
@Component(service = ProgramService.class)
public class ProgramService {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public ProgramService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference CityTime city,
            @Reference CoachingSchema schema) {
        this.jpa = jpa;
        this.clock = city.clock();
    }

    public Program createProgram(Caller caller, NewProgram p) {
        String actor = caller.actingNip();
        if (p == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Data program wajib dikirim", "The programme is required");
        }
        String title = CoachingRecords.text(p.title(), "title", true);
        String area = CoachingRecords.text(p.competencyArea(), "competencyArea", true);
        String provider = CoachingRecords.text(p.provider(), "provider", true);
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
                CoachingRecords.program(em, required, "prerequisites");
            }
            if (p.followUpProgramId() != null) {
                CoachingRecords.program(em, p.followUpProgramId(), "followUpProgramId");
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
            return CoachingRecords.program(e);
        });
    }

    public Page<Program> programs(PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> new Page<>(em.createQuery("SELECT p FROM ProgramEntity p ORDER BY p.id", ProgramEntity.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream().map(CoachingRecords::program).toList(),
                em.createQuery("SELECT COUNT(p) FROM ProgramEntity p", Long.class).getSingleResult(), page.offset(), page.limit()));
    }

    /** Every active programme, for matching proposals. */
    List<Program> catalogue() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM ProgramEntity p WHERE p.active = 1 ORDER BY p.id",
                ProgramEntity.class).getResultList().stream().map(CoachingRecords::program).toList());
    }

    public Program program(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> CoachingRecords.program(CoachingRecords.program(em, id, null)));
    }

    /** A 422 naming {@code field} unless the programme exists. */
    void requireProgram(long id, String field) {
        jpa.txExpr(TransactionType.Supports, em -> CoachingRecords.program(em, id, field));
    }

    public Session createSession(Caller caller, long programId, NewSession s) {
        caller.actingNip();
        if (s == null || s.startDate() == null || s.endDate() == null) {
            throw KinerjaException.badRequest("REQUIRED", "startDate", "Tanggal mulai dan selesai wajib diisi", "Start and end dates are required");
        }
        if (s.endDate().isBefore(s.startDate()) || CoachingRules.sessionDays(s.startDate(), s.endDate()) > 366) {
            throw KinerjaException.badRequest("INVALID_DATES", "endDate", "Tanggal selesai harus sesudah tanggal mulai (paling lama setahun)",
                    "The end date must follow the start date (at most a year)");
        }
        String location = CoachingRecords.text(s.location(), "location", true);
        String trainer = CoachingRecords.text(s.trainer(), "trainer", true);
        if (s.capacity() == null || s.capacity() < 1 || s.capacity() > 10_000) {
            throw KinerjaException.badRequest("INVALID_CAPACITY", "capacity", "Kapasitas harus 1..10000", "Capacity must be 1..10000");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ProgramEntity program = CoachingRecords.program(em, programId, null);
            if (program.active == 0) {
                throw KinerjaException.unprocessable("PROGRAM_INACTIVE", null, "Program tidak aktif", "The programme is not active");
            }
            SessionEntity e = new SessionEntity();
            e.programId = programId;
            e.startDate = s.startDate();
            e.endDate = s.endDate();
            e.location = location;
            e.online = Boolean.TRUE.equals(s.online()) ? 1 : 0;
            e.trainer = trainer;
            e.capacity = s.capacity();
            e.createdAt = now();
            em.persist(e);
            em.flush();
            return CoachingRecords.session(em, e);
        });
    }

    public List<Session> sessions(long programId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CoachingRecords.program(em, programId, null);
            List<SessionEntity> list = em.createQuery("SELECT s FROM SessionEntity s WHERE s.programId = :program ORDER BY s.startDate, s.id",
                    SessionEntity.class).setParameter("program", programId).getResultList();
            Map<Long, Map<Enrolment.Status, Long>> counts = CoachingRecords.counts(em, list.stream().map(s -> s.id).toList());
            return list.stream().map(s -> CoachingRecords.session(em, s, counts.getOrDefault(s.id, Map.of()))).toList();
        });
    }

    public Session session(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> CoachingRecords.session(em, CoachingRecords.sessionEntity(em, id, null)));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
