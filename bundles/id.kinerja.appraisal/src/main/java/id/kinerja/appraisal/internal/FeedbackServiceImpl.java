package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.FeedbackRequest;
import id.kinerja.appraisal.api.FeedbackService;
import id.kinerja.appraisal.api.FeedbackSummary;
import id.kinerja.appraisal.api.PeerFeedback;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.PeerFeedbackEntity;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/** Colleagues' behaviour feedback on open evaluations: given once per value, read with authors by the rater, anonymised for the owner. */
@Component(service = FeedbackService.class)
public class FeedbackServiceImpl implements FeedbackService {

    private final JpaTemplate jpa;
    private final People people;
    private final Clock clock;

    @Activate
    public FeedbackServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference CityTime city, @Reference AppraisalSchema schema) {
        this(jpa, new People(staff), city.clock());
    }

    FeedbackServiceImpl(JpaTemplate jpa, People people, Clock clock) {
        this.jpa = jpa;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public List<FeedbackRequest> feedbackRequests(Caller caller) {
        String actorNip = caller.actingNip();
        StaffMember actor = people.inService(actorNip, "actorNip");
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<EvaluationEntity> open = em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.unitCode = :unit AND e.nip <> :actor"
                    + " AND e.status <> :final ORDER BY e.periodEnd, e.nip", EvaluationEntity.class)
                    .setParameter("unit", actor.unitCode()).setParameter("actor", actor.nip()).setParameter("final", EvaluationStatus.FINAL)
                    .setMaxResults(100).getResultList();
            if (open.isEmpty()) {
                return List.of();
            }
            Map<Long, List<BerakhlakValue>> given = new java.util.HashMap<>();
            em.createQuery("SELECT f.evaluationId, f.value FROM PeerFeedbackEntity f WHERE f.authorNip = :actor AND f.evaluationId IN :ids",
                    Object[].class).setParameter("actor", actor.nip()).setParameter("ids", open.stream().map(e -> e.id).toList())
                    .getResultList().forEach(row -> given.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((BerakhlakValue) row[1]));
            return open.stream().map(e -> new FeedbackRequest(e.id, e.nip, people.nameOf(e.nip), Period.parse(e.period),
                    given.getOrDefault(e.id, List.of()))).toList();
        });
    }

    @Override
    public PeerFeedback giveFeedback(Caller caller, long evaluationId, BerakhlakValue value, Rating rating, String comment) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        Errors.required(value, "value");
        Errors.required(rating, "rating");
        String text = Errors.optionalText(comment, "comment", 2000);
        return jpa.txExpr(TransactionType.Required, em -> {
            EvaluationEntity e = EvaluationServiceImpl.find(em, evaluationId);
            if (e.nip.equals(actor)) {
                throw Errors.forbidden("SELF_FEEDBACK", "Umpan balik tidak diberikan untuk diri sendiri", "Nobody gives feedback on themselves");
            }
            RaterRules.requireNotFinal(e);
            long given = em.createQuery("SELECT COUNT(f) FROM PeerFeedbackEntity f WHERE f.evaluationId = :e AND f.authorNip = :a"
                    + " AND f.value = :v", Long.class).setParameter("e", e.id).setParameter("a", actor).setParameter("v", value).getSingleResult();
            if (given > 0) {
                throw Errors.conflict("FEEDBACK_EXISTS", "Anda sudah memberi umpan balik untuk nilai " + value.label(),
                        "You gave feedback on " + value.label() + " already");
            }
            PeerFeedbackEntity f = new PeerFeedbackEntity();
            f.evaluationId = e.id;
            f.authorNip = actor;
            f.value = value;
            f.rating = rating;
            f.comment = text;
            f.givenAt = Timestamp.from(now());
            em.persist(f);
            em.flush();
            PeerFeedback created = Views.feedback(f);
            Audit.record(em, now(), actor, "FEEDBACK_GIVEN", Audit.FEEDBACK, f.id, null, created);
            return created;
        });
    }

    @Override
    public List<PeerFeedback> feedbackForRater(Caller caller, long evaluationId) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        return jpa.txExpr(TransactionType.Supports, em -> {
            EvaluationEntity e = EvaluationServiceImpl.find(em, evaluationId);
            RaterRules.requireRater(em, people, e, actor, e.raterNip, today());
            return feedback(em, e).stream().map(Views::feedback).toList();
        });
    }

    @Override
    public FeedbackSummary feedbackSummary(Caller caller, long evaluationId) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        return jpa.txExpr(TransactionType.Supports, em -> {
            EvaluationEntity e = EvaluationServiceImpl.find(em, evaluationId);
            if (!e.nip.equals(actor) && !People.actsFor(em, actor, e.raterNip, today())) {
                throw Errors.forbidden("NOT_OWNER_OR_RATER", "Ringkasan umpan balik hanya untuk pegawai yang dinilai dan pejabat penilainya",
                        "The feedback summary is for the rated person and their rater only");
            }
            List<PeerFeedbackEntity> all = feedback(em, e);
            int authors = (int) all.stream().map(f -> f.authorNip).distinct().count();
            if (authors < FeedbackSummary.MIN_AUTHORS) {
                return new FeedbackSummary(all.size(), authors, true, Map.of(), Map.of());
            }
            Map<BerakhlakValue, Map<Rating, Integer>> ratings = new EnumMap<>(BerakhlakValue.class);
            Map<BerakhlakValue, List<String>> comments = new EnumMap<>(BerakhlakValue.class);
            for (PeerFeedbackEntity f : all) {
                ratings.computeIfAbsent(f.value, v -> new EnumMap<>(Rating.class)).merge(f.rating, 1, Integer::sum);
                if (f.comment != null) {
                    comments.computeIfAbsent(f.value, v -> new ArrayList<>()).add(f.comment);
                }
            }
            // no order that could tell who wrote what
            comments.values().forEach(list -> list.sort(String::compareTo));
            return new FeedbackSummary(all.size(), authors, false, ratings, comments);
        });
    }

    private static List<PeerFeedbackEntity> feedback(EntityManager em, EvaluationEntity e) {
        return em.createQuery("SELECT f FROM PeerFeedbackEntity f WHERE f.evaluationId = :e ORDER BY f.id", PeerFeedbackEntity.class)
                .setParameter("e", e.id).getResultList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
