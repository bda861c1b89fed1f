package id.kinerja.coaching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.coaching.internal.model.PlanEntity;
import id.kinerja.coaching.internal.model.PlanGapEntity;
import id.kinerja.coaching.internal.model.ProposalEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/**
 * Individual development plans: written by the person or their direct supervisor, agreed by the
 * supervisor, seen by those two only; suggested from the year's coaching proposals until saved.
 */
@Component(service = DevelopmentPlanService.class)
public class DevelopmentPlanService {

    static final int MAX_GAPS = 20;
    static final int MAX_PROGRAMS = 20;

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final ProgramService coaching;
    private final Clock clock;

    @Activate
    public DevelopmentPlanService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference ProgramService coaching) {
        this.clock = city.clock();
        this.jpa = jpa;
        this.staff = staff;
        this.coaching = coaching;
    }

    /** The saved plan, or the suggestion from the year's proposals. */
    public DevelopmentPlan get(Caller caller, String nip, int year) {
        StaffMember person = allowed(caller, nip, year);
        return jpa.txExpr(TransactionType.Supports, em -> {
            PlanEntity plan = find(em, person.nip(), year);
            return plan != null ? view(em, plan) : suggestion(em, person.nip(), year);
        });
    }

    /** Saves the plan (again a draft, to be agreed by the supervisor). */
    public DevelopmentPlan save(Caller caller, String nip, int year, PlanBody body) {
        String actor = caller.actingNip();
        StaffMember person = allowed(caller, nip, year);
        if (body == null || body.gaps() == null || body.gaps().isEmpty() || body.gaps().size() > MAX_GAPS) {
            throw KinerjaException.badRequest("GAPS_REQUIRED", "gaps", "Tuliskan 1 sampai " + MAX_GAPS + " kesenjangan kompetensi",
                    "Give 1 to " + MAX_GAPS + " competency gaps");
        }
        List<DevelopmentPlan.Gap> gaps = new ArrayList<>();
        for (int i = 0; i < body.gaps().size(); i++) {
            DevelopmentPlan.Gap g = body.gaps().get(i);
            String competency = g == null || g.competency() == null ? "" : g.competency().strip();
            String note = g == null || g.note() == null || g.note().isBlank() ? null : g.note().strip();
            if (competency.isEmpty() || competency.length() > 200 || note != null && note.length() > 1000) {
                throw KinerjaException.badRequest("INVALID_GAP", "gaps[" + i + "]", "Kompetensi wajib diisi (paling panjang 200), catatan paling panjang 1000",
                        "The competency is required (at most 200), the note at most 1000");
            }
            gaps.add(new DevelopmentPlan.Gap(competency, note));
        }
        List<Long> programs = body.programIds() == null ? List.of() : body.programIds().stream().filter(Objects::nonNull).distinct().toList();
        if (programs.size() > MAX_PROGRAMS) {
            throw KinerjaException.badRequest("TOO_MANY_PROGRAMS", "programIds", "Paling banyak " + MAX_PROGRAMS + " program",
                    "At most " + MAX_PROGRAMS + " programmes");
        }
        programs.forEach(id -> coaching.requireProgram(id, "programIds"));
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = find(em, person.nip(), year);
            if (plan == null) {
                plan = new PlanEntity();
                plan.nip = person.nip();
                plan.year = year;
            } else {
                em.createQuery("DELETE FROM PlanGapEntity g WHERE g.planId = :plan").setParameter("plan", plan.id).executeUpdate();
            }
            plan.status = DevelopmentPlan.Status.DRAFT;
            plan.programIds = programs.stream().map(String::valueOf).collect(Collectors.joining(","));
            plan.updatedBy = actor;
            plan.updatedAt = Timestamp.from(clock.instant());
            plan.agreedBy = null;
            plan.agreedAt = null;
            em.persist(plan);
            em.flush();
            for (int i = 0; i < gaps.size(); i++) {
                PlanGapEntity g = new PlanGapEntity();
                g.planId = plan.id;
                g.lineNo = i + 1;
                g.competency = gaps.get(i).competency();
                g.note = gaps.get(i).note();
                em.persist(g);
            }
            em.flush();
            return view(em, plan);
        });
    }

    /** The supervisor agrees to the saved plan. */
    public DevelopmentPlan agree(Caller caller, String nip, int year) {
        String actor = caller.actingNip();
        StaffMember person = allowed(caller, nip, year);
        if (!actor.equals(person.supervisorNip())) {
            throw KinerjaException.forbidden("NOT_THE_SUPERVISOR", null, "Rencana pengembangan disetujui oleh atasan langsung",
                    "The development plan is agreed by the direct supervisor");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = find(em, person.nip(), year);
            if (plan == null) {
                throw KinerjaException.notFound("PLAN_NOT_FOUND", null, "Rencana pengembangan " + year + " belum disimpan",
                        "No development plan saved for " + year);
            }
            plan.status = DevelopmentPlan.Status.AGREED;
            plan.agreedBy = actor;
            plan.agreedAt = Timestamp.from(clock.instant());
            return view(em, plan);
        });
    }

    private StaffMember allowed(Caller caller, String nip, int year) {
        String actor = caller.actingNip();
        if (year < 2000 || year > 2100) {
            throw KinerjaException.badRequest("INVALID_YEAR", "year", "Tahun tidak valid: " + year, "Invalid year: " + year);
        }
        StaffMember person = staff.find(nip).orElseThrow(() -> KinerjaException.notFound("STAFF_NOT_FOUND", "nip",
                "Pegawai " + nip + " tidak terdaftar", "No staff member " + nip));
        if (!CoachingRules.maySee(actor, person.nip(), null, person.supervisorNip())) {
            throw KinerjaException.forbidden("NOT_VISIBLE", null, "Rencana pengembangan hanya untuk pegawai itu dan atasan langsungnya",
                    "A development plan is for the person and their direct supervisor only");
        }
        return person;
    }

    private static PlanEntity find(EntityManager em, String nip, int year) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.nip = :nip AND p.year = :year", PlanEntity.class).setParameter("nip", nip)
                .setParameter("year", year).getResultList().stream().findFirst().orElse(null);
    }

    /** Gaps and programmes from the year's coaching proposals (those not dismissed), the latest first. */
    private static DevelopmentPlan suggestion(EntityManager em, String nip, int year) {
        Map<String, String> gaps = new LinkedHashMap<>();
        Set<Long> programs = new LinkedHashSet<>();
        for (ProposalEntity p : em.createQuery("SELECT p FROM ProposalEntity p WHERE p.nip = :nip AND p.status <> :dismissed ORDER BY p.id DESC",
                ProposalEntity.class).setParameter("nip", nip).setParameter("dismissed", Proposal.Status.DISMISSED).getResultList()) {
            if (!p.period.startsWith(String.valueOf(year))) {
                continue;
            }
            if (p.predikat.needsCoaching()) {
                gaps.putIfAbsent("Hasil kerja", "Predikat " + p.predikat.label() + " (" + p.period + ")");
            }
            for (String value : CoachingRecords.names(p.belowExpectation)) {
                id.kinerja.appraisal.api.BerakhlakValue v = id.kinerja.appraisal.api.BerakhlakValue.valueOf(value);
                gaps.putIfAbsent(v.label(), "Perilaku di bawah ekspektasi (" + p.period + ")");
            }
            programs.addAll(CoachingRecords.ids(p.programIds));
        }
        return new DevelopmentPlan(nip, year, null, true, gaps.entrySet().stream().map(e -> new DevelopmentPlan.Gap(e.getKey(), e.getValue())).toList(),
                List.copyOf(programs), null, null, null, null);
    }

    private static DevelopmentPlan view(EntityManager em, PlanEntity p) {
        List<DevelopmentPlan.Gap> gaps = em.createQuery("SELECT g FROM PlanGapEntity g WHERE g.planId = :plan ORDER BY g.lineNo", PlanGapEntity.class)
                .setParameter("plan", p.id).getResultList().stream().map(g -> new DevelopmentPlan.Gap(g.competency, g.note)).toList();
        return new DevelopmentPlan(p.nip, p.year, p.status, false, gaps, CoachingRecords.ids(p.programIds), p.updatedBy, p.updatedAt.toInstant(),
                p.agreedBy, p.agreedAt == null ? null : p.agreedAt.toInstant());
    }
}
