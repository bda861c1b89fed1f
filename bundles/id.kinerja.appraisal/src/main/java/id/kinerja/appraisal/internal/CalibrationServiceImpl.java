package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import id.kinerja.appraisal.api.CalibrationService;
import id.kinerja.appraisal.api.Evaluation;
import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.OrganisationPredikat;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatSource;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.api.UnitDistribution;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.OrgPredikatEntity;
import id.kinerja.appraisal.internal.model.PredikatEntity;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

@Component(service = CalibrationService.class, configurationPid = AppraisalSettings.PID)
public class CalibrationServiceImpl implements CalibrationService {

    private final JpaTemplate jpa;
    private final People people;
    private final OrgUnitService units;
    private final EventAdmin events;
    private final Clock clock;
    private volatile AppraisalSettings settings;

    @Activate
    public CalibrationServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference CityTime city, @Reference OrgUnitService units, @Reference EventAdmin events,
            @Reference AppraisalSchema schema, AppraisalSettings settings) {
        this.settings = settings;
        this.jpa = jpa;
        this.people = new People(staff);
        this.units = units;
        this.events = events;
        this.clock = city.clock();
    }

    @Modified
    void modified(AppraisalSettings changed) {
        this.settings = changed;
    }

    @Override
    public void setOrganisationPredikat(Caller caller, String unitCode, int year, OrganisationPredikat predikat) {
        String actorNip = caller.actingNip();
        StaffMember actor = people.inService(actorNip, "actorNip");
        units.get(unitCode);
        Errors.required(predikat, "predikat");
        requireHeadOver(actor, unitCode);
        jpa.txExpr(TransactionType.Required, em -> {
            OrgPredikatEntity entity = em.find(OrgPredikatEntity.class, new OrgPredikatEntity.Key(unitCode, year));
            String before = entity == null ? null : entity.predikat.name();
            if (entity == null) {
                entity = new OrgPredikatEntity();
                entity.unitCode = unitCode;
                entity.year = year;
                em.persist(entity);
            }
            entity.predikat = predikat;
            entity.updatedAt = Timestamp.from(now());
            Audit.record(em, now(), actor.nip(), "ORG_PREDIKAT_SET", Audit.ORG_PREDIKAT, year,
                    before == null ? null : Map.of("unitCode", unitCode, "predikat", before),
                    Map.of("unitCode", unitCode, "predikat", predikat.name()));
            return null;
        });
    }

    @Override
    public UnitDistribution distribution(String unitCode, Period period) {
        units.get(unitCode);
        Set<String> subtree = units.subtreeCodes(unitCode);
        return jpa.txExpr(TransactionType.Supports, em -> distribution(em, unitCode, subtree, period));
    }

    /**
     * The predikat in force in a unit (with the units below) for a period. For a year, each person's
     * annual predikat counts: their annual evaluation, else the city's annual rule over the year's
     * periods, in the unit of the record it comes from.
     */
    private UnitDistribution distribution(EntityManager em, String unitCode, Set<String> subtree, Period period) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            counts.put(p, 0);
        }
        List<Predikat> inForce;
        if (period.isAnnual()) {
            List<String> people = em.createQuery("SELECT DISTINCT p.nip FROM PredikatEntity p WHERE p.period LIKE :year AND p.inForce = 1"
                    + " AND p.unitCode IN :units", String.class).setParameter("year", period.year() + "%").setParameter("units", subtree)
                    .getResultList();
            Map<String, List<PredikatRecord>> byPerson = new java.util.HashMap<>();
            for (int from = 0; from < people.size(); from += 500) {
                em.createQuery("SELECT p FROM PredikatEntity p WHERE p.period LIKE :year AND p.inForce = 1 AND p.nip IN :people", PredikatEntity.class)
                        .setParameter("year", period.year() + "%").setParameter("people", people.subList(from, Math.min(people.size(), from + 500)))
                        .getResultList().forEach(p -> byPerson.computeIfAbsent(p.nip, k -> new ArrayList<>()).add(Views.predikat(p)));
            }
            PredikatRules.AnnualRule rule = settings.annualRule();
            inForce = byPerson.values().stream().map(records -> PredikatRules.annualOfYear(records, period.year(), rule)).flatMap(Optional::stream)
                    .filter(annual -> subtree.contains(annual.unitCode())).map(PredikatRecord::predikat).toList();
        } else {
            inForce = em.createQuery("SELECT p.predikat FROM PredikatEntity p WHERE p.period = :period AND p.inForce = 1"
                    + " AND p.unitCode IN :units", Predikat.class)
                    .setParameter("period", period.toString()).setParameter("units", subtree).getResultList();
        }
        inForce.forEach(p -> counts.merge(p, 1, Integer::sum));
        OrgPredikatEntity organisation = em.find(OrgPredikatEntity.class, new OrgPredikatEntity.Key(unitCode, period.year()));
        OrganisationPredikat predikat = organisation == null ? null : organisation.predikat;
        return new UnitDistribution(unitCode, period, predikat, inForce.size(), counts, PredikatRules.curveViolations(predikat, counts));
    }

    @Override
    public List<UnitDistribution> overQuota(Period period) {
        List<String> rated = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT o.unitCode FROM OrgPredikatEntity o WHERE o.year = :year"
                + " ORDER BY o.unitCode", String.class).setParameter("year", period.year()).getResultList());
        List<UnitDistribution> over = new ArrayList<>();
        for (String unit : rated) {
            Set<String> subtree = units.subtreeCodes(unit);
            UnitDistribution d = jpa.txExpr(TransactionType.Supports, em -> distribution(em, unit, subtree, period));
            if (!d.withinCurve()) {
                over.add(d);
            }
        }
        return over;
    }

    @Override
    public Evaluation calibrate(Caller caller, long evaluationId, Rating hasilKerja, Rating perilaku, Double behaviourValue,
            String reason) {
        String actorNip = caller.actingNip();
        StaffMember actor = people.inService(actorNip, "actorNip");
        String text = Errors.text(reason, "reason", 2000);
        List<Event> published = new ArrayList<>();
        Evaluation result = jpa.txExpr(TransactionType.Required, em -> {
            EvaluationEntity e = EvaluationServiceImpl.find(em, evaluationId);
            if (e.nip.equals(actor.nip())) {
                throw Errors.forbidden("SELF_RATING", "Tidak ada yang mengkalibrasi penilaiannya sendiri", "Nobody calibrates their own evaluation");
            }
            requireHeadOver(actor, e.unitCode);
            if (e.status != EvaluationStatus.FINAL) {
                throw Errors.rule("EVALUATION_NOT_FINAL", "status", "Kalibrasi hanya atas penilaian yang sudah final",
                        "Only final evaluations are calibrated");
            }
            Evaluation before = Views.evaluation(e);
            Scoring.apply(em, e, settings.scoringMethod(), hasilKerja, perilaku, behaviourValue);
            Evaluation adjusted = Views.evaluation(e);
            if (before.rater().equals(adjusted.rater()) && before.predikat() == adjusted.predikat()) {
                throw Errors.rule("NO_CHANGE", "hasilKerja", "Kalibrasi tidak mengubah apa pun", "The calibration changes nothing");
            }
            e.updatedAt = Timestamp.from(now());
            published.add(PredikatLedger.record(em, e, PredikatSource.CALIBRATION, text, now()));
            em.flush();
            Evaluation after = Views.evaluation(e);
            Audit.record(em, now(), actor.nip(), "CALIBRATED", Audit.EVALUATION, e.id, before, after);
            return after;
        });
        published.forEach(events::postEvent);
        return result;
    }

    /**
     * The head of a unit is who the registry records as its head; a head acts for their unit and
     * every unit under it.
     */
    private void requireHeadOver(StaffMember actor, String unitCode) {
        if (!units.unitsHeadedBy(actor.nip()).contains(unitCode)) {
            throw Errors.forbidden("NOT_THE_UNIT_HEAD", "Hanya kepala unit " + unitCode + " (atau unit di atasnya) yang dapat melakukannya",
                    "Only the head of unit " + unitCode + " (or of a unit above it) may do this");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
