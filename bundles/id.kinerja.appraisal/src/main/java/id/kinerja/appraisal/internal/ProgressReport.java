package id.kinerja.appraisal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;

/**
 * How far the appraisal of a period stands in a unit and every unit below it (the leaders'
 * dashboard): active staff, the year's plans approved, waiting or still being written, the period's
 * evaluations final or open. Counted in the database, one grouped query for plans and one for
 * evaluations, whatever the number of staff.
 */
@Component(service = ProgressReport.class)
public class ProgressReport {

    /** A unit's active staff are counted exactly up to this many (more is "more than", a very large unit). */
    static final int HEADCOUNT_EXACT_TO = 5000;

    /** One unit's figures. {@code staffExact} is false when the staff were counted only so far (a very large unit). */
    public record UnitProgress(String unitCode, String unitName, long staff, boolean staffExact, long plansApproved, long plansWaiting,
            long plansInDraft, long evaluationsFinal, long evaluationsOpen) {
    }

    private final JpaTemplate jpa;
    private final OrgUnitService units;
    private final StaffService staff;

    @Activate
    public ProgressReport(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa, @Reference OrgUnitService units,
            @Reference StaffService staff, @Reference AppraisalSchema schema) {
        this.jpa = jpa;
        this.units = units;
        this.staff = staff;
    }

    /** The unit and each unit below it, in code order (a 404 for an unknown unit). */
    public List<UnitProgress> progress(String unitCode, Period period) {
        OrgUnit top = units.get(unitCode);
        Set<String> codes = new TreeSet<>(units.subtreeCodes(top.code()));
        codes.add(top.code());
        Map<String, Map<PlanStatus, Long>> plans = new HashMap<>();
        Map<String, Map<EvaluationStatus, Long>> evaluations = new HashMap<>();
        jpa.tx(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT p.unitCode, p.status, COUNT(p) FROM PlanEntity p WHERE p.year = :year AND p.unitCode IN :units"
                    + " GROUP BY p.unitCode, p.status", Object[].class).setParameter("year", period.year()).setParameter("units", List.copyOf(codes))
                    .getResultList()) {
                plans.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((PlanStatus) row[1], ((Number) row[2]).longValue());
            }
            for (Object[] row : em.createQuery("SELECT e.unitCode, e.status, COUNT(e) FROM EvaluationEntity e WHERE e.period = :period"
                    + " AND e.unitCode IN :units GROUP BY e.unitCode, e.status", Object[].class).setParameter("period", period.toString())
                    .setParameter("units", List.copyOf(codes)).getResultList()) {
                evaluations.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((EvaluationStatus) row[1], ((Number) row[2]).longValue());
            }
        });
        List<UnitProgress> rows = new ArrayList<>();
        for (String code : codes) {
            Page<StaffMember> members = staff.list(new StaffQuery(code, false, null, StaffStatus.ACTIVE, null), PageRequest.countTo(HEADCOUNT_EXACT_TO));
            Map<PlanStatus, Long> p = plans.getOrDefault(code, Map.of());
            Map<EvaluationStatus, Long> e = evaluations.getOrDefault(code, Map.of());
            rows.add(new UnitProgress(code, units.find(code).map(OrgUnit::name).orElse(code), members.total(), members.totalExact(),
                    p.getOrDefault(PlanStatus.APPROVED, 0L), p.getOrDefault(PlanStatus.SUBMITTED, 0L),
                    p.getOrDefault(PlanStatus.DRAFT, 0L) + p.getOrDefault(PlanStatus.RETURNED, 0L),
                    e.getOrDefault(EvaluationStatus.FINAL, 0L), e.getOrDefault(EvaluationStatus.OPEN, 0L) + e.getOrDefault(EvaluationStatus.RATED, 0L)));
        }
        return rows;
    }
}
