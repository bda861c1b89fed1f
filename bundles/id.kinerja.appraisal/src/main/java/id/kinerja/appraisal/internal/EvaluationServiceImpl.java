package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

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
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AppraisalInputProvider;
import id.kinerja.appraisal.api.BehaviourRating;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Evaluation;
import id.kinerja.appraisal.api.EvaluationService;
import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PredikatSource;
import id.kinerja.appraisal.api.RaterAssessment;
import id.kinerja.appraisal.api.SelfAssessment;
import id.kinerja.appraisal.api.WorkResultRating;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.EvaluationItemEmbeddable;
import id.kinerja.appraisal.internal.model.EvaluationItemEmbeddable.Kind;
import id.kinerja.appraisal.internal.model.PlanEntity;
import id.kinerja.appraisal.internal.model.WorkResultEntity;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

@Component(service = EvaluationService.class, configurationPid = AppraisalSettings.PID)
@Designate(ocd = AppraisalSettings.class)
public class EvaluationServiceImpl implements EvaluationService {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationServiceImpl.class);

    private final JpaTemplate jpa;
    private final People people;
    private final EventAdmin events;
    private final Clock clock;
    private final List<AppraisalInputProvider> inputProviders = new CopyOnWriteArrayList<>();
    private final QueuedViews<QueuedEvaluation, Long> queued = new QueuedViews<>(q -> q.evaluation().id(), QueuedEvaluation::updatedMicros);

    /** An evaluation as a rater's queue keeps it: with its row's stamp of its last change and its period's end (its place). */
    private record QueuedEvaluation(Evaluation evaluation, long updatedMicros, LocalDate periodEnd) {
        static QueuedEvaluation of(EvaluationEntity e) {
            return new QueuedEvaluation(Views.evaluation(e), e.updatedMicros, e.periodEnd);
        }
    }
    private volatile AppraisalSettings settings;

    @Activate
    public EvaluationServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference CityTime city, @Reference EventAdmin events, @Reference AppraisalSchema schema,
            AppraisalSettings settings) {
        this(jpa, new People(staff), events, city.clock(), settings);
    }

    EvaluationServiceImpl(JpaTemplate jpa, People people, EventAdmin events, Clock clock, AppraisalSettings settings) {
        this.jpa = jpa;
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    @Modified
    void modified(AppraisalSettings changed) {
        this.settings = changed;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addInputProvider(AppraisalInputProvider provider) {
        inputProviders.add(provider);
    }

    void removeInputProvider(AppraisalInputProvider provider) {
        inputProviders.remove(provider);
    }

    @Override
    public Evaluation open(Caller caller, String nip, Period period) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        StaffMember owner = people.inService(nip, "nip");
        Errors.required(period, "period");
        Period.Kind allowed = settings.periodicity() == AppraisalSettings.Periodicity.MONTH ? Period.Kind.MONTH : Period.Kind.QUARTER;
        if (!period.isAnnual() && period.kind() != allowed) {
            throw Errors.rule("PERIOD_KIND", "period", "Penilaian periodik kota ini " + (allowed == Period.Kind.MONTH ? "bulanan" : "triwulanan")
                    + " (atau tahunan)", "This city evaluates " + (allowed == Period.Kind.MONTH ? "monthly" : "quarterly") + " (or yearly)");
        }
        LocalDate today = today();
        if (period.firstDay().isAfter(today)) {
            throw Errors.rule("PERIOD_NOT_STARTED", "period", "Periode " + period + " belum dimulai", "Period " + period + " has not started");
        }
        LocalDate raterDay = period.lastDay().isBefore(today) ? period.lastDay() : today;
        String then = people.supervisorOn(owner.nip(), raterDay);
        String rater = then != null && people.isInService(then) ? then : owner.supervisorNip();
        if (rater == null) {
            throw Errors.rule("NO_RATER", "nip", "Atasan langsung (pejabat penilai) belum tercatat", "No direct supervisor (rater) is registered");
        }
        Evaluation opened = jpa.txExpr(TransactionType.Required, em -> {
            if (!actor.equals(owner.nip()) && !People.actsFor(em, actor, rater, today)) {
                throw Errors.forbidden("NOT_OWNER_OR_RATER", "Penilaian dibuka oleh pegawai itu sendiri atau pejabat penilainya",
                        "An evaluation is opened by the staff member or their rater");
            }
            List<EvaluationEntity> existing = em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.nip = :nip AND e.period = :period",
                    EvaluationEntity.class).setParameter("nip", owner.nip()).setParameter("period", period.toString()).getResultList();
            if (!existing.isEmpty()) {
                return Views.evaluation(existing.get(0));
            }
            PlanEntity plan = PlanServiceImpl.approvedPlan(em, owner.nip(), period.year()).orElseThrow(() -> Errors.rule("NO_APPROVED_PLAN",
                    "period", "Belum ada SKP tahun " + period.year() + " yang disetujui", "There is no approved plan for " + period.year()));
            EvaluationEntity e = new EvaluationEntity();
            e.planId = plan.id;
            e.nip = owner.nip();
            e.unitCode = owner.unitCode();
            e.raterNip = rater;
            e.period = period.toString();
            e.periodEnd = period.lastDay();
            e.status = EvaluationStatus.OPEN;
            e.updatedAt = Timestamp.from(now());
            em.persist(e);
            em.flush();
            Evaluation created = Views.evaluation(e);
            Audit.record(em, now(), actor, "EVALUATION_OPENED", Audit.EVALUATION, e.id, null, created);
            return created;
        });
        return opened;
    }

    @Override
    public Evaluation get(long evaluationId) {
        return jpa.txExpr(TransactionType.Supports, em -> Views.evaluation(find(em, evaluationId)));
    }

    @Override
    public List<Evaluation> evaluationsOf(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e FROM EvaluationEntity e WHERE e.nip = :nip ORDER BY e.periodEnd DESC, e.id DESC",
                EvaluationEntity.class).setParameter("nip", nip).setHint(Views.BATCH, "e.items").setHint(Views.BATCH_TYPE, "IN").getResultList().stream()
                .map(Views::evaluation).toList());
    }

    @Override
    public Page<Evaluation> toRate(String raterNip, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // in the order of IX_SKP_EVALUATION_RATER_MICROS (rater, period end, id, status, updated micros)
            String toRate = " WHERE e.raterNip = :rater AND e.status <> :final";
            String order = " ORDER BY e.periodEnd, e.id";
            // a first page whose evaluations are not kept: their rows (and their items) read at once
            Optional<Page<QueuedEvaluation>> firstLook = queued.firstPage(raterNip, page, n -> em.createQuery(
                    "SELECT e FROM EvaluationEntity e" + toRate + order, EvaluationEntity.class).setParameter("rater", raterNip)
                    .setParameter("final", EvaluationStatus.FINAL).setMaxResults(n).setHint(Views.BATCH, "e.items")
                    .setHint(Views.BATCH_TYPE, "IN").getResultList().stream().map(QueuedEvaluation::of).toList());
            if (firstLook.isPresent()) {
                return firstLook.get().map(QueuedEvaluation::evaluation);
            }
            // each key with the stamp of its evaluation's last change (UPDATED_MICROS, a number: V10), which tells whether
            // the evaluation kept from an earlier page is still the evaluation; after a cursor, the evaluations after its one
            // in that order ("<>", not ">", beside the OR: the same evaluations, and a side no index serves, which PostgreSQL
            // plans without weighing one for it)
            TypedQuery<Object[]> query = em.createQuery("SELECT e.id, e.updatedMicros FROM EvaluationEntity e" + toRate
                    + (page.after() == null ? "" : " AND e.periodEnd >= :afterEnd AND (e.periodEnd <> :afterEnd OR e.id > :afterId)")
                    + order, Object[].class);
            if (page.after() != null) {
                page.after().valuesFor(2);
                query.setParameter("afterEnd", page.after().value(0, LocalDate::parse)).setParameter("afterId", page.after().value(1, Long::valueOf));
            }
            query.setParameter("rater", raterNip).setParameter("final", EvaluationStatus.FINAL);
            Map<Long, Long> stamps = new HashMap<>();
            Page.KeyReader<Long> keys = (first, max) -> query.setFirstResult(first).setMaxResults(max).getResultList().stream().map(key -> {
                stamps.put((Long) key[0], (Long) key[1]);
                return (Long) key[0];
            }).toList();
            // the cursor after a page: its last evaluation's period end, as its row (unchanged since its key's stamp) has
            // it; none (the page read on by its offset) if the evaluation was gone by the time its row was read
            Map<Long, LocalDate> periodEnd = new HashMap<>();
            return queued.shown(raterNip, page, Page.ofKeys(keys, page, ids -> {
                List<QueuedEvaluation> evaluations = queued.of(ids, stamps, missing -> em.createQuery(
                        "SELECT e FROM EvaluationEntity e WHERE e.id IN :ids", EvaluationEntity.class).setParameter("ids", missing)
                        .setHint(Views.BATCH, "e.items").setHint(Views.BATCH_TYPE, "IN").getResultList().stream().map(QueuedEvaluation::of).toList());
                evaluations.forEach(q -> periodEnd.put(q.evaluation().id(), q.periodEnd()));
                return evaluations;
            }, q -> q.evaluation().id(), id -> periodEnd.containsKey(id) ? PageCursor.of(periodEnd.get(id), id) : null))
                    .map(QueuedEvaluation::evaluation);
        });
    }

    @Override
    public Map<EvaluationStatus, Long> countsToRate(String raterNip) {
        Map<EvaluationStatus, Long> counts = new EnumMap<>(EvaluationStatus.class);
        counts.put(EvaluationStatus.OPEN, 0L);
        counts.put(EvaluationStatus.RATED, 0L);
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.status, COUNT(e) FROM EvaluationEntity e"
                + " WHERE e.raterNip = :rater AND e.status <> :final GROUP BY e.status", Object[].class)
                .setParameter("rater", raterNip).setParameter("final", EvaluationStatus.FINAL).getResultList())
                .forEach(row -> counts.put((EvaluationStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Evaluation selfAssess(Caller caller, long evaluationId, SelfAssessment assessment) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        Errors.required(assessment, "selfAssessment");
        String comment = Errors.optionalText(assessment.comment(), "comment", 4000);
        return change(actor, evaluationId, "SELF_ASSESSED", (em, e) -> {
            if (!e.nip.equals(actor)) {
                throw Errors.forbidden("NOT_THE_OWNER", "Penilaian mandiri hanya oleh pegawai yang dinilai",
                        "Only the rated person self-assesses");
            }
            RaterRules.requireNotFinal(e);
            List<EvaluationItemEmbeddable> items = workItems(em, e, assessment.workResults(), Kind.SELF_WORK);
            e.items.removeIf(i -> i.kind == Kind.SELF_WORK);
            e.items.addAll(items);
            e.selfComment = comment;
            e.selfAt = Timestamp.from(now());
        });
    }

    @Override
    public Evaluation rate(Caller caller, long evaluationId, RaterAssessment assessment) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        Errors.required(assessment, "rating");
        String feedback = Errors.optionalText(assessment.feedback(), "feedback", 4000);
        List<EvaluationItemEmbeddable> behaviours = behaviourItems(assessment.behaviours());
        Evaluation rated = change(actor, evaluationId, "RATED", (em, e) -> {
            RaterRules.requireNotFinal(e);
            String rater = currentRater(e);
            requireRater(em, e, actor, rater);
            List<EvaluationItemEmbeddable> work = workItems(em, e, assessment.workResults(), Kind.RATER_WORK);
            e.items.removeIf(i -> i.kind != Kind.SELF_WORK);
            e.items.addAll(work);
            e.items.addAll(behaviours);
            e.raterNip = rater;
            e.feedback = feedback;
            Scoring.apply(em, e, settings.scoringMethod(), assessment.hasilKerja(), assessment.perilaku(), assessment.behaviourValue());
            e.status = EvaluationStatus.RATED;
            e.ratedAt = Timestamp.from(now());
        });
        events.postEvent(Notices.to(rated.nip(), "Penilaian " + rated.period() + " Anda sudah dinilai", "Your " + rated.period() + " evaluation was rated",
                "Pejabat penilai mengisi penilaiannya; predikat menjadi resmi setelah ditetapkan (final).",
                "Your rater filled in the rating; the predikat becomes official once finalised.", "penilaian/" + rated.id()));
        return rated;
    }

    @Override
    public Evaluation finalise(Caller caller, long evaluationId) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        List<Event> published = new ArrayList<>();
        Evaluation result = change(actor, evaluationId, "FINALISED", (em, e) -> {
            if (e.status != EvaluationStatus.RATED) {
                throw Errors.rule("NOT_RATED", "status", "Penilaian belum dinilai oleh pejabat penilai atau sudah final (status " + e.status + ")",
                        "The evaluation is not rated yet or is final already (status " + e.status + ")");
            }
            requireRater(em, e, actor, currentRater(e));
            e.status = EvaluationStatus.FINAL;
            e.finalisedAt = Timestamp.from(now());
            published.add(PredikatLedger.record(em, e, PredikatSource.EVALUATION, null, now()));
        });
        String predikat = result.predikat() == null ? "-" : result.predikat().label();
        published.add(Notices.to(result.nip(), "Penilaian " + result.period() + " Anda ditetapkan: " + predikat,
                "Your " + result.period() + " evaluation is final: " + predikat,
                "Predikat kinerja Anda " + predikat + ". Bila keberatan, ajukan di halaman Penilaian saya dalam batas waktunya.",
                "Your performance predikat is " + predikat + ". To object, file it on the page My evaluations within the period.",
                "penilaian/" + result.id()));
        published.forEach(events::postEvent);
        return result;
    }

    @Override
    public List<AppraisalInput> inputs(Caller caller, long evaluationId) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        EvaluationEntity e = jpa.txExpr(TransactionType.Supports, em -> {
            EvaluationEntity found = find(em, evaluationId);
            requireRater(em, found, actor, found.raterNip);
            return found;
        });
        List<AppraisalInput> inputs = new ArrayList<>();
        Period period = Period.parse(e.period);
        for (AppraisalInputProvider provider : inputProviders) {
            try {
                inputs.addAll(provider.inputsFor(e.nip, e.unitCode, period));
            } catch (RuntimeException failure) {
                LOG.warn("Appraisal input provider {} failed for evaluation {}", provider.getClass().getName(), e.id, failure);
            }
        }
        return inputs;
    }

    // ---- helpers ----

    private interface Change {
        void apply(EntityManager em, EvaluationEntity evaluation);
    }

    private Evaluation change(String actor, long evaluationId, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            EvaluationEntity e = find(em, evaluationId);
            Evaluation before = Views.evaluation(e);
            change.apply(em, e);
            e.updatedAt = Timestamp.from(now());
            em.flush();
            Evaluation after = Views.evaluation(e);
            Audit.record(em, now(), actor, action, Audit.EVALUATION, e.id, before, after);
            return after;
        });
    }

    /**
     * The rater of an evaluation: the rated person's direct supervisor on the last day of the period
     * (today while it runs), from the registry's history; if that person is no longer in service, the
     * supervisor today.
     */
    private String currentRater(EvaluationEntity e) {
        LocalDate end = e.periodEnd;
        LocalDate on = end.isBefore(today()) ? end : today();
        String then = people.supervisorOn(e.nip, on);
        if (then != null && people.isInService(then)) {
            return then;
        }
        String now = people.supervisorOf(e.nip);
        return now == null ? e.raterNip : now;
    }

    private void requireRater(EntityManager em, EvaluationEntity e, String actor, String rater) {
        RaterRules.requireRater(em, people, e, actor, rater, today());
    }

    private static List<EvaluationItemEmbeddable> workItems(EntityManager em, EvaluationEntity e, List<WorkResultRating> ratings, Kind kind) {
        Set<Long> ofPlan = new HashSet<>();
        for (WorkResultEntity w : em.find(PlanEntity.class, e.planId).workResults) {
            ofPlan.add(w.id);
        }
        Set<Long> seen = new HashSet<>();
        List<EvaluationItemEmbeddable> items = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            WorkResultRating r = ratings.get(i);
            String field = "workResults[" + i + "]";
            Errors.required(r, field);
            if (!ofPlan.contains(r.workResultId()) || !seen.add(r.workResultId())) {
                throw Errors.rule("UNKNOWN_WORK_RESULT", field + ".workResultId", "Hasil kerja " + r.workResultId()
                        + " bukan bagian dari SKP ini atau disebut dua kali", "Work result " + r.workResultId()
                        + " is not in this plan or is given twice");
            }
            items.add(new EvaluationItemEmbeddable(kind, r.workResultId(), null, Errors.required(r.rating(), field + ".rating"),
                    Errors.optionalText(r.note(), field + ".note", 2000)));
        }
        return items;
    }

    private static List<EvaluationItemEmbeddable> behaviourItems(List<BehaviourRating> ratings) {
        Set<BerakhlakValue> seen = new HashSet<>();
        List<EvaluationItemEmbeddable> items = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            BehaviourRating r = ratings.get(i);
            String field = "behaviours[" + i + "]";
            Errors.required(r, field);
            BerakhlakValue value = Errors.required(r.value(), field + ".value");
            if (!seen.add(value)) {
                throw Errors.invalid("DUPLICATE_VALUE", field + ".value", "Nilai " + value.label() + " disebut dua kali",
                        "Value " + value.label() + " is given twice");
            }
            items.add(new EvaluationItemEmbeddable(Kind.RATER_BEHAVIOUR, null, value, Errors.required(r.rating(), field + ".rating"),
                    Errors.optionalText(r.note(), field + ".note", 2000)));
        }
        return items;
    }

    static EvaluationEntity find(EntityManager em, long evaluationId) {
        return Errors.existing(em, EvaluationEntity.class, evaluationId, "Penilaian", "Evaluation");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
