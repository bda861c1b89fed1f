package id.kinerja.appraisal.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Activity;
import id.kinerja.appraisal.api.ActivityService;
import id.kinerja.appraisal.api.Evidence;
import id.kinerja.appraisal.api.NewActivity;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.Realisation;
import id.kinerja.appraisal.internal.model.ActivityEntity;
import id.kinerja.appraisal.internal.model.EvidenceEntity;
import id.kinerja.appraisal.internal.model.PlanEntity;
import id.kinerja.appraisal.internal.model.RealisationEntity;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

@Component(service = ActivityService.class, configurationPid = AppraisalSettings.PID)
public class ActivityServiceImpl implements ActivityService {

    static final String ACTIVITY = "ACTIVITY";

    private final JpaTemplate jpa;
    private final People people;
    private final Clock clock;
    private volatile EvidenceStore store;

    @Activate
    public ActivityServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference CityTime city, @Reference AppraisalSchema schema, AppraisalSettings settings) {
        this(jpa, new People(staff), city.clock(), settings);
    }

    ActivityServiceImpl(JpaTemplate jpa, People people, Clock clock, AppraisalSettings settings) {
        this.jpa = jpa;
        this.people = people;
        this.clock = clock;
        modified(settings);
    }

    @Modified
    void modified(AppraisalSettings settings) {
        String configured = settings.evidenceDirectory();
        Path root = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "kinerja", "evidence")
                : Path.of(configured.strip());
        this.store = new EvidenceStore(root);
    }

    @Override
    public Activity log(Caller caller, long planId, NewActivity activity) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        Errors.required(activity, "activity");
        long workResultId = Errors.required(activity.workResultId(), "workResultId");
        LocalDate date = Errors.required(activity.date(), "date");
        String description = Errors.text(activity.description(), "description", 2000);
        int minutes = Errors.required(activity.minutesSpent(), "minutesSpent");
        if (minutes < 1 || minutes > 24 * 60) {
            throw Errors.invalid("INVALID_MINUTES", "minutesSpent", "Waktu kerja 1 sampai 1440 menit", "Time spent is 1 to 1440 minutes");
        }
        BigDecimal output = activity.outputCount();
        if (output != null && (output.signum() < 0 || output.scale() > 4 || output.compareTo(new BigDecimal("1000000000")) >= 0)) {
            throw Errors.invalid("INVALID_OUTPUT", "outputCount", "Jumlah keluaran harus bilangan tidak negatif", "The output count must not be negative");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw Errors.rule("DATE_IN_FUTURE", "date", "Kegiatan belum terjadi (tanggal di masa depan)", "The activity date is in the future");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = ownApprovedPlan(em, planId, actor);
            if (date.getYear() != plan.year) {
                throw Errors.rule("DATE_OUTSIDE_PLAN", "date", "Tanggal kegiatan di luar tahun SKP " + plan.year,
                        "The activity date is outside the plan year " + plan.year);
            }
            if (plan.workResults.stream().noneMatch(w -> w.id == workResultId)) {
                throw Errors.rule("UNKNOWN_WORK_RESULT", "workResultId", "Hasil kerja " + workResultId + " bukan bagian dari SKP ini",
                        "Work result " + workResultId + " is not in this plan");
            }
            ActivityEntity a = new ActivityEntity();
            a.planId = plan.id;
            a.workResultId = workResultId;
            a.nip = actor;
            a.date = date;
            a.description = description;
            a.minutesSpent = minutes;
            a.outputCount = output;
            a.recordedAt = Timestamp.from(now());
            em.persist(a);
            em.flush();
            Activity logged = view(a, List.of());
            Audit.record(em, now(), actor, "ACTIVITY_LOGGED", ACTIVITY, a.id, null, logged);
            return logged;
        });
    }

    @Override
    public Page<Activity> activities(long planId, Period period, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            plan(em, planId);
            String where = " FROM ActivityEntity a WHERE a.planId = :plan"
                    + (period == null ? "" : " AND a.date >= :from AND a.date <= :to");
            var count = em.createQuery("SELECT COUNT(a)" + where, Long.class).setParameter("plan", planId);
            var query = em.createQuery("SELECT a" + where + " ORDER BY a.date DESC, a.id DESC", ActivityEntity.class)
                    .setParameter("plan", planId);
            if (period != null) {
                count.setParameter("from", period.firstDay()).setParameter("to", period.lastDay());
                query.setParameter("from", period.firstDay()).setParameter("to", period.lastDay());
            }
            List<ActivityEntity> found = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            Map<Long, List<Evidence>> evidence = evidenceOf(em, found.stream().map(a -> a.id).toList());
            List<Activity> items = found.stream().map(a -> view(a, evidence.getOrDefault(a.id, List.of()))).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public Activity get(long activityId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ActivityEntity a = activity(em, activityId);
            return view(a, evidenceOf(em, List.of(a.id)).getOrDefault(a.id, List.of()));
        });
    }

    @Override
    public Evidence attach(Caller caller, long activityId, String fileName, InputStream content) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        String name = Errors.text(fileName, "fileName", 255).replaceAll("[\\\\/\\p{Cntrl}]", "_");
        Errors.required(content, "file");
        jpa.txExpr(TransactionType.Supports, em -> {
            ActivityEntity a = activity(em, activityId);
            if (!a.nip.equals(actor)) {
                throw Errors.forbidden("NOT_THE_OWNER", "Bukti dukung dilampirkan oleh pemilik kegiatan", "Only the owner of the activity attaches evidence");
            }
            return a;
        });
        EvidenceStore.Stored stored = store.store(name, content, MAX_EVIDENCE_BYTES);
        return jpa.txExpr(TransactionType.Required, em -> {
            EvidenceEntity e = new EvidenceEntity();
            e.activityId = activityId;
            e.fileName = name;
            e.contentType = stored.contentType();
            e.size = stored.size();
            e.sha256 = stored.sha256();
            e.uploadedAt = Timestamp.from(now());
            em.persist(e);
            em.flush();
            Evidence attached = view(e);
            Audit.record(em, now(), actor, "EVIDENCE_ATTACHED", ACTIVITY, activityId, null, attached);
            return attached;
        });
    }

    @Override
    public Evidence evidence(long evidenceId) {
        return jpa.txExpr(TransactionType.Supports, em -> view(evidenceEntity(em, evidenceId)));
    }

    @Override
    public InputStream content(long evidenceId) {
        return store.open(evidence(evidenceId).sha256());
    }

    @Override
    public Realisation realise(Caller caller, long planId, long indicatorId, Period month, BigDecimal value, String note) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        Errors.required(month, "period");
        if (month.kind() != Period.Kind.MONTH) {
            throw Errors.invalid("MONTH_REQUIRED", "period", "Realisasi dilaporkan per bulan (contoh 2026-03)", "Realisations are monthly (e.g. 2026-03)");
        }
        Errors.required(value, "value");
        if (value.signum() < 0 || value.scale() > 4 || value.compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw Errors.invalid("INVALID_VALUE", "value", "Realisasi harus bilangan tidak negatif", "The realisation must not be negative");
        }
        String text = Errors.optionalText(note, "note", 2000);
        if (month.firstDay().isAfter(LocalDate.now(clock))) {
            throw Errors.rule("PERIOD_NOT_STARTED", "period", "Bulan " + month + " belum dimulai", "Month " + month + " has not started");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = ownApprovedPlan(em, planId, actor);
            if (month.year() != plan.year) {
                throw Errors.rule("PERIOD_OUTSIDE_PLAN", "period", "Bulan di luar tahun SKP " + plan.year, "The month is outside the plan year " + plan.year);
            }
            int quarter = (month.number() - 1) / 3 + 1;
            long finalised = em.createQuery("SELECT COUNT(e) FROM EvaluationEntity e WHERE e.nip = :nip AND e.status = :final"
                    + " AND e.period IN :periods", Long.class).setParameter("nip", actor)
                    .setParameter("final", id.kinerja.appraisal.api.EvaluationStatus.FINAL)
                    .setParameter("periods", List.of(month.toString(), Period.quarter(month.year(), quarter).toString(),
                            Period.annual(month.year()).toString()))
                    .getSingleResult();
            if (finalised > 0) {
                throw Errors.rule("PERIOD_FINAL", "period", "Penilaian yang mencakup " + month + " sudah final; realisasinya tidak diubah lagi",
                        "The evaluation covering " + month + " is final; its realisations no longer change");
            }
            boolean ofPlan = plan.workResults.stream().flatMap(w -> w.indicators.stream()).anyMatch(i -> i.id == indicatorId);
            if (!ofPlan) {
                throw Errors.rule("UNKNOWN_INDICATOR", "indicatorId", "Indikator " + indicatorId + " bukan bagian dari SKP ini",
                        "Indicator " + indicatorId + " is not in this plan");
            }
            List<RealisationEntity> existing = em.createQuery("SELECT r FROM RealisationEntity r WHERE r.indicatorId = :i AND r.period = :p",
                    RealisationEntity.class).setParameter("i", indicatorId).setParameter("p", month.toString()).getResultList();
            RealisationEntity r = existing.isEmpty() ? new RealisationEntity() : existing.get(0);
            Realisation before = existing.isEmpty() ? null : view(r);
            r.planId = plan.id;
            r.indicatorId = indicatorId;
            r.period = month.toString();
            r.value = value;
            r.note = text;
            r.recordedAt = Timestamp.from(now());
            if (existing.isEmpty()) {
                em.persist(r);
            }
            em.flush();
            Realisation after = view(r);
            Audit.record(em, now(), actor, "REALISATION_REPORTED", Audit.PLAN, plan.id, before, after);
            return after;
        });
    }

    @Override
    public List<Realisation> realisations(long planId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            plan(em, planId);
            return em.createQuery("SELECT r FROM RealisationEntity r WHERE r.planId = :p ORDER BY r.indicatorId, r.period",
                    RealisationEntity.class).setParameter("p", planId).getResultList().stream().map(ActivityServiceImpl::view).toList();
        });
    }

    // ---- helpers ----

    /** The plan, approved and owned by the actor: the work of the year is recorded against the plan in force. */
    private static PlanEntity ownApprovedPlan(EntityManager em, long planId, String actor) {
        PlanEntity plan = plan(em, planId);
        if (!plan.nip.equals(actor)) {
            throw Errors.forbidden("NOT_THE_OWNER", "Hanya pemilik SKP yang mencatat pelaksanaannya", "Only the owner of the plan records its execution");
        }
        if (plan.status != PlanStatus.APPROVED) {
            throw Errors.rule("PLAN_NOT_APPROVED", "planId", "Pelaksanaan dicatat pada SKP yang sudah disetujui (SKP ini " + plan.status + ")",
                    "Work is recorded against an approved plan (this one is " + plan.status + ")");
        }
        return plan;
    }

    private static PlanEntity plan(EntityManager em, long planId) {
        return Errors.existing(em, PlanEntity.class, planId, "SKP", "Plan");
    }

    private static ActivityEntity activity(EntityManager em, long id) {
        return Errors.existing(em, ActivityEntity.class, id, "Kegiatan", "Activity");
    }

    private static EvidenceEntity evidenceEntity(EntityManager em, long id) {
        return Errors.existing(em, EvidenceEntity.class, id, "Bukti dukung", "Evidence");
    }

    private static Map<Long, List<Evidence>> evidenceOf(EntityManager em, List<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM EvidenceEntity e WHERE e.activityId IN :ids ORDER BY e.id", EvidenceEntity.class)
                .setParameter("ids", activityIds).getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.activityId, Collectors.mapping(ActivityServiceImpl::view, Collectors.toList())));
    }

    private static Activity view(ActivityEntity a, List<Evidence> evidence) {
        return new Activity(a.id, a.planId, a.workResultId, a.nip, a.date, a.description, a.minutesSpent, a.outputCount,
                evidence, a.recordedAt.toInstant());
    }

    private static Evidence view(EvidenceEntity e) {
        return new Evidence(e.id, e.activityId, e.fileName, e.contentType, e.size, e.sha256, e.uploadedAt.toInstant());
    }

    private static Realisation view(RealisationEntity r) {
        return new Realisation(r.indicatorId, Period.parse(r.period), r.value, r.note, r.recordedAt.toInstant());
    }

    private Instant now() {
        return clock.instant();
    }
}
