package id.kinerja.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import id.kinerja.coaching.internal.model.EnrolmentEntity;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;


/** The learning hours (JP) each person earns per year against the city's minimum, and who is behind it. */
@Component(service = LearningHoursService.class, configurationPid = "id.kinerja.coaching")
@Designate(ocd = CoachingConfig.class)
public class LearningHoursService {

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final OrgUnitService units;
    private final Clock clock;
    private volatile CoachingConfig config;

    @Activate
    public LearningHoursService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference OrgUnitService units, @Reference CityTime city, @Reference CoachingSchema schema, CoachingConfig config) {
        this.jpa = jpa;
        this.staff = staff;
        this.units = units;
        this.clock = city.clock();
        this.config = config;
    }

    @Modified
    void modified(CoachingConfig changed) {
        this.config = changed;
    }

    public LearningHours learningHours(String nip, int year) {
        CoachingRecords.year(year);
        int minimum = config.minimumLearningHours();
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Enrolment> completed = CoachingRecords.enrolments(em, em.createQuery("SELECT e FROM EnrolmentEntity e WHERE e.nip = :nip AND e.creditYear = :year"
                    + " AND e.status = :completed ORDER BY e.completedAt", EnrolmentEntity.class).setParameter("nip", nip).setParameter("year", year)
                    .setParameter("completed", Enrolment.Status.COMPLETED).getResultList());
            int hours = completed.stream().mapToInt(Enrolment::creditedHours).sum();
            return new LearningHours(nip, year, hours, minimum, CoachingRules.shortfall(hours, minimum), completed);
        });
    }

    /**
     * Employed staff (of a unit and its subunits, or everyone) short of the year's minimum JP, least
     * hours first: one query for the hours, the registry read a thousand at a time.
     */
    public Page<Behind> behind(int year, String unitCode, PageRequest page) {
        CoachingRecords.year(year);
        int minimum = config.minimumLearningHours();
        Set<String> unitCodes = unitCode == null || unitCode.isBlank() ? null : units.subtreeCodes(unitCode.strip());
        Map<String, Integer> hours = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.nip, SUM(e.creditedHours) FROM EnrolmentEntity e"
                + " WHERE e.creditYear = :year AND e.status = :completed GROUP BY e.nip", Object[].class).setParameter("year", year)
                .setParameter("completed", Enrolment.Status.COMPLETED).getResultList())
                .forEach(row -> hours.put((String) row[0], ((Number) row[1]).intValue()));
        LocalDate asOf = LocalDate.now(clock).getYear() == year ? LocalDate.now(clock) : LocalDate.of(year, 12, 31);
        List<Behind> behind = new ArrayList<>();
        staff.forEachOn(asOf, m -> {
            int h = hours.getOrDefault(m.nip(), 0);
            if (m.status().isEmployed() && (unitCodes == null || unitCodes.contains(m.unitCode())) && h < minimum) {
                behind.add(new Behind(m.nip(), m.fullName(), m.unitCode(), h, CoachingRules.shortfall(h, minimum)));
            }
        });
        behind.sort(java.util.Comparator.comparingInt(Behind::hours).thenComparing(Behind::unitCode).thenComparing(Behind::nip));
        int from = Math.min(page.offset(), behind.size());
        return new Page<>(behind.subList(from, Math.min(behind.size(), from + page.limit())), behind.size(), page.offset(), page.limit());
    }
}
