package id.kinerja.coaching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatService;
import id.kinerja.coaching.internal.model.EnrolmentEntity;
import id.kinerja.coaching.internal.model.FeedbackEntity;
import id.kinerja.coaching.internal.model.SessionEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/**
 * Evaluation of programmes: the participants' own feedback per session, and per programme the
 * participants' predikat before and after it (from the appraisal core) with the effect, so that a
 * weak effect leads to the follow-up programme.
 */
@Component(service = EffectivenessService.class)
public class EffectivenessService {

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final PredikatService predikat;
    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final Clock clock;

    @Activate
    public EffectivenessService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference PredikatService predikat, @Reference ProgramService programs, @Reference EnrolmentService enrolments) {
        this.clock = city.clock();
        this.jpa = jpa;
        this.staff = staff;
        this.predikat = predikat;
        this.programs = programs;
        this.enrolments = enrolments;
    }

    /** The participant's own feedback (1..5 and comments) once their participation ended; given again, it replaces. */
    public Enrolment feedback(Caller caller, long enrolmentId, FeedbackBody body) {
        String actor = caller.actingNip();
        if (body == null || body.rating() == null || body.rating() < 1 || body.rating() > 5) {
            throw KinerjaException.badRequest("INVALID_RATING", "rating", "Nilai 1 sampai 5", "A rating of 1 to 5");
        }
        String comments = body.comments() == null || body.comments().isBlank() ? null : body.comments().strip();
        if (comments != null && comments.length() > 2000) {
            throw KinerjaException.badRequest("TOO_LONG", "comments", "Komentar paling panjang 2000 karakter", "Comments are at most 2000 characters");
        }
        jpa.tx(TransactionType.Required, em -> {
            EnrolmentEntity e = em.find(EnrolmentEntity.class, enrolmentId);
            if (e == null) {
                throw KinerjaException.notFound("ENROLMENT_NOT_FOUND", null, "Pendaftaran " + enrolmentId + " tidak ditemukan",
                        "Enrolment " + enrolmentId + " not found");
            }
            if (!actor.equals(e.nip)) {
                throw KinerjaException.forbidden("NOT_THE_PARTICIPANT", null, "Umpan balik diberikan oleh peserta sendiri",
                        "Feedback is given by the participant");
            }
            if (e.status != Enrolment.Status.COMPLETED && e.status != Enrolment.Status.NOT_COMPLETED) {
                throw KinerjaException.conflict("NOT_ENDED", "status", "Umpan balik diberikan setelah keikutsertaan selesai",
                        "Feedback is given once the participation ended");
            }
            FeedbackEntity f = em.find(FeedbackEntity.class, enrolmentId);
            if (f == null) {
                f = new FeedbackEntity();
                f.enrolmentId = enrolmentId;
                em.persist(f);
            }
            f.rating = body.rating();
            f.comments = comments;
            f.givenAt = Timestamp.from(clock.instant());
        });
        return enrolments.enrolment(enrolmentId);
    }

    public EffectivenessReport report(long programId) {
        Program program = programs.program(programId);
        record Row(EnrolmentEntity enrolment, SessionEntity session, FeedbackEntity feedback) {
        }
        int[] sessions = new int[1];
        List<Row> rows = jpa.txExpr(TransactionType.Supports, em -> {
            sessions[0] = em.createQuery("SELECT COUNT(s) FROM SessionEntity s WHERE s.programId = :program", Long.class)
                    .setParameter("program", programId).getSingleResult().intValue();
            List<Object[]> ended = em.createQuery("SELECT e, s FROM EnrolmentEntity e, SessionEntity s WHERE s.id = e.sessionId AND s.programId = :program"
                    + " AND e.status IN :ended ORDER BY s.startDate, e.id", Object[].class).setParameter("program", programId)
                    .setParameter("ended", List.of(Enrolment.Status.COMPLETED, Enrolment.Status.NOT_COMPLETED)).getResultList();
            // the feedback of all of them in one query
            Map<Long, FeedbackEntity> feedback = new java.util.HashMap<>();
            if (!ended.isEmpty()) {
                em.createQuery("SELECT f FROM FeedbackEntity f WHERE f.enrolmentId IN :ids", FeedbackEntity.class)
                        .setParameter("ids", ended.stream().map(r -> ((EnrolmentEntity) r[0]).id).toList()).getResultList()
                        .forEach(f -> feedback.put(f.enrolmentId, f));
            }
            return ended.stream().map(r -> new Row((EnrolmentEntity) r[0], (SessionEntity) r[1], feedback.get(((EnrolmentEntity) r[0]).id))).toList();
        });
        Map<CoachingRules.Effect, Integer> effects = new EnumMap<>(CoachingRules.Effect.class);
        for (CoachingRules.Effect effect : CoachingRules.Effect.values()) {
            effects.put(effect, 0);
        }
        List<EffectivenessOutcome> outcomes = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        BigDecimal scores = BigDecimal.ZERO;
        int scored = 0;
        int ratings = 0;
        int feedbacks = 0;
        int completed = 0;
        for (Row row : rows) {
            EnrolmentEntity e = row.enrolment();
            if (e.status == Enrolment.Status.COMPLETED) {
                completed++;
                Predikat[] around = CoachingRules.aroundSession(predikat.history(e.nip), row.session().startDate,
                        row.session().endDate);
                CoachingRules.Effect effect = CoachingRules.effect(around[0], around[1]);
                effects.merge(effect, 1, Integer::sum);
                outcomes.add(new EffectivenessOutcome(e.nip, row.session().id, e.status, around[0], around[1], effect));
            } else {
                outcomes.add(new EffectivenessOutcome(e.nip, row.session().id, e.status, null, null, null));
            }
            if (e.score != null) {
                scores = scores.add(e.score);
                scored++;
            }
            if (row.feedback() != null) {
                feedbacks++;
                ratings += row.feedback().rating;
                if (row.feedback().comments != null) {
                    comments.add(row.feedback().comments);
                }
            }
        }
        return new EffectivenessReport(programId, program.title(), sessions[0], rows.size(), completed, rows.size() - completed,
                scored == 0 ? null : scores.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP), feedbacks,
                feedbacks == 0 ? null : BigDecimal.valueOf(ratings).divide(BigDecimal.valueOf(feedbacks), 2, RoundingMode.HALF_UP), comments, effects,
                program.followUpProgramId(), outcomes);
    }
}
