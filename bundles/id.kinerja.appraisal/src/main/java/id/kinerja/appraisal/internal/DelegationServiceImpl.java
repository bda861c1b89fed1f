package id.kinerja.appraisal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Delegation;
import id.kinerja.appraisal.api.DelegationService;
import id.kinerja.appraisal.internal.model.DelegationEntity;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

/** Acting officials: the principal's own supervisor (who appoints a Plt/Plh) records the delegation. */
@Component(service = DelegationService.class)
public class DelegationServiceImpl implements DelegationService {

    static final int MAX_DAYS = 366;

    private final JpaTemplate jpa;
    private final People people;
    private final Clock clock;

    @Activate
    public DelegationServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference CityTime city, @Reference AppraisalSchema schema) {
        this.jpa = jpa;
        this.people = new People(staff);
        this.clock = city.clock();
    }

    @Override
    public Delegation create(Caller caller, Delegation d) {
        String actorNip = caller.actingNip();
        StaffMember actor = people.inService(actorNip, "actorNip");
        Errors.required(d, "delegation");
        StaffMember principal = people.inService(d.principalNip(), "principalNip");
        StaffMember delegate = people.inService(d.delegateNip(), "delegateNip");
        Errors.required(d.kind(), "kind");
        LocalDate start = Errors.required(d.startDate(), "startDate");
        LocalDate end = Errors.required(d.endDate(), "endDate");
        if (end.isBefore(start) || end.isAfter(start.plusDays(MAX_DAYS))) {
            throw Errors.invalid("INVALID_DATES", "endDate", "Tanggal selesai harus setelah tanggal mulai, paling lama " + MAX_DAYS + " hari",
                    "The end date must follow the start date, at most " + MAX_DAYS + " days later");
        }
        if (principal.nip().equals(delegate.nip())) {
            throw Errors.rule("SELF_DELEGATION", "delegateNip", "Pejabat tidak menjadi Plt/Plh dirinya sendiri", "Nobody acts for themselves");
        }
        if (!principal.nip().equals(actor.nip()) && !actor.nip().equals(principal.supervisorNip())) {
            throw Errors.forbidden("NOT_THE_APPOINTER", "Plt/Plh dicatat oleh atasan pejabat yang digantikan",
                    "An acting official is recorded by the supervisor of the official replaced");
        }
        String decree = Errors.optionalText(d.decree(), "decree", 200);
        return jpa.txExpr(TransactionType.Required, em -> {
            DelegationEntity entity = new DelegationEntity();
            entity.principalNip = principal.nip();
            entity.delegateNip = delegate.nip();
            entity.kind = d.kind();
            entity.startDate = start;
            entity.endDate = end;
            entity.decree = decree;
            em.persist(entity);
            em.flush();
            Delegation created = Views.delegation(entity);
            Audit.record(em, clock.instant(), actor.nip(), "DELEGATION_CREATED", Audit.DELEGATION, entity.id, null, created);
            return created;
        });
    }

    @Override
    public List<Delegation> actingFor(String delegateNip, LocalDate date) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d FROM DelegationEntity d WHERE d.delegateNip = :n AND d.startDate <= :date"
                + " AND d.endDate >= :date ORDER BY d.startDate", DelegationEntity.class).setParameter("n", delegateNip)
                .setParameter("date", date).getResultList().stream().map(Views::delegation).toList());
    }

    @Override
    public List<Delegation> delegationsOf(String principalNip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d FROM DelegationEntity d WHERE d.principalNip = :n ORDER BY d.startDate DESC",
                DelegationEntity.class).setParameter("n", principalNip).getResultList().stream().map(Views::delegation).toList());
    }
}
