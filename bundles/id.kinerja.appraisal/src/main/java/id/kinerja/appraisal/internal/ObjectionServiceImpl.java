package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import id.kinerja.appraisal.api.Evaluation;
import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.Objection;
import id.kinerja.appraisal.api.ObjectionService;
import id.kinerja.appraisal.api.ObjectionStatus;
import id.kinerja.appraisal.api.PredikatSource;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.ObjectionEntity;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

@Component(service = ObjectionService.class, configurationPid = AppraisalSettings.PID)
public class ObjectionServiceImpl implements ObjectionService {

    private final JpaTemplate jpa;
    private final People people;
    private final EventAdmin events;
    private final Clock clock;
    private volatile AppraisalSettings settings;

    @Activate
    public ObjectionServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference CityTime city, @Reference EventAdmin events, @Reference AppraisalSchema schema,
            AppraisalSettings settings) {
        this(jpa, new People(staff), events, city.clock(), settings);
    }

    ObjectionServiceImpl(JpaTemplate jpa, People people, EventAdmin events, Clock clock, AppraisalSettings settings) {
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

    @Override
    public Objection file(Caller caller, long evaluationId, String reason) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        String text = Errors.text(reason, "reason", 4000);
        Objection objection = jpa.txExpr(TransactionType.Required, em -> {
            EvaluationEntity e = EvaluationServiceImpl.find(em, evaluationId);
            if (!e.nip.equals(actor)) {
                throw Errors.forbidden("NOT_THE_OWNER", "Keberatan diajukan oleh pegawai yang dinilai", "Only the rated person objects");
            }
            if (e.status != EvaluationStatus.FINAL) {
                throw Errors.rule("EVALUATION_NOT_FINAL", "status", "Keberatan hanya atas penilaian yang sudah final",
                        "Objections are only against final evaluations");
            }
            int days = settings.objectionDays();
            LocalDate deadline = e.finalisedAt.toInstant().atZone(clock.getZone()).toLocalDate().plusDays(days);
            if (LocalDate.now(clock).isAfter(deadline)) {
                throw Errors.rule("OBJECTION_PERIOD_OVER", "evaluationId", "Batas waktu keberatan (" + days + " hari) sudah lewat pada " + deadline,
                        "The objection period (" + days + " days) ended on " + deadline);
            }
            boolean open = objections(em, e.id).stream().anyMatch(o -> o.status == ObjectionStatus.FILED);
            if (open) {
                throw Errors.conflict("OBJECTION_PENDING", "Masih ada keberatan yang belum diputus", "An objection is still waiting for a decision");
            }
            String decider = people.supervisorOf(e.raterNip);
            if (decider == null) {
                throw Errors.rule("NO_DECIDER", "evaluationId", "Atasan pejabat penilai belum tercatat di data kepegawaian",
                        "The rater's own supervisor is not registered");
            }
            ObjectionEntity o = new ObjectionEntity();
            o.evaluationId = e.id;
            o.nip = e.nip;
            o.deciderNip = decider;
            o.reason = text;
            o.status = ObjectionStatus.FILED;
            o.predikatBefore = e.predikat;
            o.filedAt = Timestamp.from(now());
            em.persist(o);
            em.flush();
            Objection filed = Views.objection(o);
            Audit.record(em, now(), actor, "OBJECTION_FILED", Audit.OBJECTION, o.id, null, filed);
            return filed;
        });
        events.postEvent(Notices.to(objection.deciderNip(), "Keberatan atas penilaian menunggu putusan Anda", "An objection awaits your decision",
                "Pegawai " + objection.nip() + " mengajukan keberatan atas predikat " + label(objection.predikatBefore()) + ".",
                "Staff member " + objection.nip() + " objects to the predikat " + label(objection.predikatBefore()) + ".", "penilai"));
        return objection;
    }

    private static String label(id.kinerja.appraisal.api.Predikat predikat) {
        return predikat == null ? "-" : predikat.label();
    }

    @Override
    public Objection decide(Caller caller, long objectionId, boolean accepted, Rating newHasilKerja, Rating newPerilaku,
            Double newBehaviourValue, String note) {
        String actorNip = caller.actingNip();
        String actor = people.inService(actorNip, "actorNip").nip();
        String text = Errors.text(note, "note", 4000);
        List<Event> published = new ArrayList<>();
        Objection decided = jpa.txExpr(TransactionType.Required, em -> {
            ObjectionEntity o = find(em, objectionId);
            if (o.status != ObjectionStatus.FILED) {
                throw Errors.conflict("OBJECTION_DECIDED", "Keberatan ini sudah diputus; putusan bersifat final",
                        "This objection is decided; the decision is final");
            }
            if (!People.actsFor(em, actor, o.deciderNip, LocalDate.now(clock))) {
                throw Errors.forbidden("NOT_THE_DECIDER", "Keberatan diputus oleh atasan pejabat penilai",
                        "Objections are decided by the rater's own supervisor");
            }
            if (actor.equals(o.nip)) {
                // e.g. the objector acting (Plt/Plh) for the decider
                throw Errors.forbidden("SELF_DECISION", "Tidak ada yang memutus keberatannya sendiri", "Nobody decides their own objection");
            }
            EvaluationEntity e = EvaluationServiceImpl.find(em, o.evaluationId);
            Objection before = Views.objection(o);
            o.decisionNote = text;
            o.decidedAt = Timestamp.from(now());
            if (accepted) {
                Evaluation evaluationBefore = Views.evaluation(e);
                o.status = ObjectionStatus.ACCEPTED;
                Scoring.apply(em, e, settings.scoringMethod(), newHasilKerja, newPerilaku, newBehaviourValue);
                o.newHasilKerja = e.hasilKerja;
                o.newPerilaku = e.perilaku;
                o.newBehaviourValue = e.behaviourValue;
                e.updatedAt = Timestamp.from(now());
                o.predikatAfter = e.predikat;
                published.add(PredikatLedger.record(em, e, PredikatSource.OBJECTION, text, now()));
                em.flush();
                Audit.record(em, now(), actor, "OBJECTION_ACCEPTED", Audit.EVALUATION, e.id, evaluationBefore, Views.evaluation(e));
            } else {
                o.status = ObjectionStatus.REJECTED;
                o.predikatAfter = o.predikatBefore;
            }
            em.flush();
            Objection after = Views.objection(o);
            Audit.record(em, now(), actor, "OBJECTION_" + o.status, Audit.OBJECTION, o.id, before, after);
            return after;
        });
        boolean granted = decided.status() == ObjectionStatus.ACCEPTED;
        published.add(Notices.to(decided.nip(), granted ? "Keberatan Anda diterima" : "Keberatan Anda ditolak",
                granted ? "Your objection was accepted" : "Your objection was rejected",
                "Predikat: " + label(decided.predikatAfter()) + ". Catatan: " + decided.decisionNote(),
                "Predikat: " + label(decided.predikatAfter()) + ". Note: " + decided.decisionNote(), "penilaian/" + decided.evaluationId()));
        published.forEach(events::postEvent);
        return decided;
    }

    @Override
    public Objection get(long objectionId) {
        return jpa.txExpr(TransactionType.Supports, em -> Views.objection(find(em, objectionId)));
    }

    @Override
    public List<Objection> objectionsOf(long evaluationId) {
        return jpa.txExpr(TransactionType.Supports, em -> objections(em, evaluationId).stream().map(Views::objection).toList());
    }

    @Override
    public List<Objection> toDecide(String deciderNip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT o FROM ObjectionEntity o WHERE o.deciderNip = :d AND o.status = :s ORDER BY o.filedAt",
                ObjectionEntity.class).setParameter("d", deciderNip).setParameter("s", ObjectionStatus.FILED)
                .getResultList().stream().map(Views::objection).toList());
    }

    private static List<ObjectionEntity> objections(EntityManager em, long evaluationId) {
        return em.createQuery("SELECT o FROM ObjectionEntity o WHERE o.evaluationId = :e ORDER BY o.id", ObjectionEntity.class)
                .setParameter("e", evaluationId).getResultList();
    }

    private static ObjectionEntity find(EntityManager em, long id) {
        return Errors.existing(em, ObjectionEntity.class, id, "Keberatan", "Objection");
    }

    private Instant now() {
        return clock.instant();
    }
}
