package id.kinerja.appraisal.internal;

import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatService;
import id.kinerja.appraisal.internal.model.PredikatEntity;

@Component(service = PredikatService.class, configurationPid = AppraisalSettings.PID)
public class PredikatServiceImpl implements PredikatService {

    private final JpaTemplate jpa;
    private volatile AppraisalSettings settings;

    @Activate
    public PredikatServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference AppraisalSchema schema, AppraisalSettings settings) {
        this.jpa = jpa;
        this.settings = settings;
    }

    @Modified
    void modified(AppraisalSettings changed) {
        this.settings = changed;
    }

    @Override
    public Optional<PredikatRecord> current(String nip, Period period) {
        return jpa.txExpr(TransactionType.Supports, em -> inForce(em, nip, "p.period = :period", period.toString()).stream().findFirst());
    }

    @Override
    public Optional<PredikatRecord> annual(String nip, int year) {
        List<PredikatRecord> ofYear = jpa.txExpr(TransactionType.Supports, em -> inForce(em, nip, "p.period LIKE :period", year + "%"));
        return annual(ofYear, year);
    }

    @Override
    public List<PredikatRecord> annualFor(int year) {
        List<PredikatRecord> ofYear = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PredikatEntity p WHERE p.inForce = 1 AND p.period LIKE :period ORDER BY p.nip", PredikatEntity.class)
                .setParameter("period", year + "%").getResultList().stream().map(Views::predikat).toList());
        java.util.Map<String, List<PredikatRecord>> byNip = new java.util.TreeMap<>();
        ofYear.forEach(r -> byNip.computeIfAbsent(r.nip(), k -> new java.util.ArrayList<>()).add(r));
        return byNip.values().stream().map(records -> annual(records, year)).flatMap(Optional::stream).toList();
    }

    private Optional<PredikatRecord> annual(List<PredikatRecord> ofYear, int year) {
        return PredikatRules.annualOfYear(ofYear, year, settings.annualRule());
    }

    @Override
    public List<PredikatRecord> history(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM PredikatEntity p WHERE p.nip = :nip ORDER BY p.periodEnd, p.id",
                PredikatEntity.class).setParameter("nip", nip).getResultList().stream().map(Views::predikat).toList());
    }

    @Override
    public List<PredikatRecord> finalFor(Period period) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p FROM PredikatEntity p WHERE p.period = :period AND p.inForce = 1 ORDER BY p.nip",
                PredikatEntity.class).setParameter("period", period.toString()).getResultList().stream().map(Views::predikat).toList());
    }

    @Override
    public List<PredikatRecord> latestFinal(java.time.LocalDate date) {
        List<PredikatRecord> candidates = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PredikatEntity p WHERE p.inForce = 1 AND p.periodEnd <= :date", PredikatEntity.class)
                .setParameter("date", date).getResultList().stream().map(Views::predikat).toList());
        java.util.Map<String, PredikatRecord> latest = new java.util.HashMap<>();
        for (PredikatRecord r : candidates) {
            latest.merge(r.nip(), r, (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
        }
        return latest.values().stream().sorted(java.util.Comparator.comparing(PredikatRecord::nip)).toList();
    }

    private static List<PredikatRecord> inForce(EntityManager em, String nip, String periodCondition, String period) {
        return em.createQuery("SELECT p FROM PredikatEntity p WHERE p.nip = :nip AND p.inForce = 1 AND " + periodCondition
                + " ORDER BY p.periodEnd", PredikatEntity.class).setParameter("nip", nip).setParameter("period", period)
                .getResultList().stream().map(Views::predikat).toList();
    }
}
