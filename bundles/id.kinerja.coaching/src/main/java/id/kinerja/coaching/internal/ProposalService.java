package id.kinerja.coaching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.appraisal.api.AppraisalEvents;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.coaching.internal.model.ProposalEntity;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.jpa.CachedRows;

/**
 * Listens to the appraisal core: a predikat finalised as Butuh Perbaikan or lower, or with a
 * BerAKHLAK value rated below expectation, becomes a proposal of matching programmes and of a
 * coaching assignment by the supervisor. A person decides: accepting nominates the person for the
 * chosen sessions (to be approved as any nomination); nothing is enrolled automatically.
 */
@Component(service = { ProposalService.class, EventHandler.class }, property = EventConstants.EVENT_TOPIC + "=" + AppraisalEvents.PREDIKAT_FINAL)
public class ProposalService implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProposalService.class);

    private final JpaTemplate jpa;
    private final ProgramService programService;
    private final EnrolmentService enrolments;
    private final StaffService staff;
    private final AssignmentService assignments;
    private final Clock clock;

    @Activate
    public ProposalService(@Reference(target = "(osgi.unit.name=kinerja-coaching)") JpaTemplate jpa, @Reference ProgramService programs, @Reference EnrolmentService enrolments,
            @Reference StaffService staff, @Reference CityTime city, @Reference AssignmentService assignments) {
        this.clock = city.clock();
        this.jpa = jpa;
        this.programService = programs;
        this.enrolments = enrolments;
        this.staff = staff;
        this.assignments = assignments;
    }

    @Override
    public void handleEvent(Event event) {
        try {
            String nip = (String) event.getProperty(AppraisalEvents.NIP);
            Predikat predikat = Predikat.valueOf((String) event.getProperty(AppraisalEvents.PREDIKAT));
            Set<BerakhlakValue> below = EnumSet.noneOf(BerakhlakValue.class);
            Object values = event.getProperty(AppraisalEvents.BEHAVIOUR_BELOW_EXPECTATION);
            if (values instanceof String[] names) {
                Arrays.stream(names).map(BerakhlakValue::valueOf).forEach(below::add);
            }
            propose(nip, (String) event.getProperty(AppraisalEvents.UNIT_CODE), (String) event.getProperty(AppraisalEvents.PERIOD),
                    ((Number) event.getProperty(AppraisalEvents.EVALUATION_ID)).longValue(), predikat, below);
        } catch (RuntimeException e) {
            LOG.error("No coaching proposal could be made from the appraisal event {}", event, e);
        }
    }

    /**
     * Makes (or, while still open, brings up to date: an objection may change the predikat) the
     * proposal of an evaluation; none when the outcome needs no development.
     */
    void propose(String nip, String unitCode, String period, long evaluationId, Predikat predikat, Set<BerakhlakValue> below) {
        java.time.LocalDate periodEnd = id.kinerja.appraisal.api.Period.parse(period).lastDay();
        Set<Long> completed = new java.util.HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s.programId FROM"
                + " EnrolmentEntity e, SessionEntity s WHERE s.id = e.sessionId AND e.nip = :nip AND e.status = :completed AND s.endDate <= :end",
                Long.class).setParameter("nip", nip).setParameter("completed", Enrolment.Status.COMPLETED)
                .setParameter("end", periodEnd).getResultList()));
        List<Long> programs = CoachingRules.proposed(predikat, below, programService.catalogue(), completed);
        jpa.tx(TransactionType.Required, em -> {
            ProposalEntity p = em.createQuery("SELECT p FROM ProposalEntity p WHERE p.evaluationId = :evaluation AND p.period = :period",
                    ProposalEntity.class).setParameter("evaluation", evaluationId).setParameter("period", period).getResultList().stream()
                    .findFirst().orElse(null);
            boolean needed = CoachingRules.needsDevelopment(predikat, below);
            if (p != null && p.status != Proposal.Status.OPEN) {
                return; // decided by a person: left as it is
            }
            if (!needed) {
                if (p != null) {
                    em.remove(p); // the objection raised the predikat: nothing to propose any more
                }
                return;
            }
            if (p == null) {
                p = new ProposalEntity();
                p.evaluationId = evaluationId;
                p.period = period;
                p.status = Proposal.Status.OPEN;
                p.createdAt = Timestamp.from(clock.instant());
            }
            p.nip = nip;
            p.unitCode = unitCode;
            p.predikat = predikat;
            p.belowExpectation = below.stream().map(Enum::name).collect(Collectors.joining(","));
            p.programIds = programs.stream().map(String::valueOf).collect(Collectors.joining(","));
            p.coachingSuggested = 1;
            em.persist(p);
        });
        LOG.info("Coaching proposal for {} ({} {}): programmes {}", nip, period, predikat, programs);
    }

    /**
     * Proposals newest first, of a person and/or of a status: their keys in that order from an index that
     * holds it (coaching V4; a person's from theirs), counted only so far, from the cursor when the page
     * follows one (the proposals older than its last); then the page's rows, from the shared cache where it has them.
     */
    public Page<Proposal> proposals(String nip, Proposal.Status status, PageRequest page) {
        String where = " WHERE 1 = 1" + (nip == null ? "" : " AND p.nip = :nip") + (status == null ? "" : " AND p.status = :status")
                + (page.after() == null ? "" : " AND p.id < :afterId");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Long> keys = em.createQuery("SELECT p.id FROM ProposalEntity p" + where + " ORDER BY p.id DESC", Long.class);
            if (nip != null) {
                keys.setParameter("nip", nip);
            }
            if (status != null) {
                keys.setParameter("status", status);
            }
            if (page.after() != null) {
                page.after().valuesFor(1);
                keys.setParameter("afterId", page.after().value(0, Long::valueOf));
            }
            return Page.<Long, ProposalEntity>ofKeys((first, max) -> keys.setFirstResult(first).setMaxResults(max).getResultList(), page,
                    ids -> CachedRows.of(em, ProposalEntity.class, "id", ids, p -> p.id), p -> p.id, PageCursor::of).map(ProposalService::proposal);
        });
    }

    public Proposal proposal(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> proposal(find(em, id)));
    }

    /**
     * Accepts a proposal: the person is nominated for each chosen session and, with {@code coaching},
     * the supervisor sets up one-to-one coaching; all or none.
     */
    public Proposal accept(Caller caller, long id, List<Long> sessionIds, NewAssignment coachingAssignment, String note) {
        String actor = caller.actingNip();
        List<Long> sessions = sessionIds == null ? List.of() : sessionIds;
        if (sessions.size() > 20 || sessions.isEmpty() && coachingAssignment == null) {
            throw KinerjaException.badRequest("SESSIONS_REQUIRED", "sessionIds", "Pilih 1 sampai 20 sesi, atau tetapkan pembinaan (coaching)",
                    "Choose 1 to 20 sessions, or set up coaching");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ProposalEntity p = open(em, id);
            if (actor.equals(p.nip)) {
                throw KinerjaException.forbidden("OWN_PROPOSAL", null, "Usulan untuk diri sendiri diputuskan oleh atasan atau BKPSDM",
                        "A proposal about oneself is decided by the supervisor or the personnel office");
            }
            for (Long sessionId : sessions.stream().distinct().toList()) {
                enrolments.nominate(caller, sessionId, p.nip, p.id);
            }
            if (coachingAssignment != null) {
                assignments.create(caller, new NewAssignment(p.nip, coachingAssignment.coachNip(), coachingAssignment.kind(),
                        coachingAssignment.goals(), coachingAssignment.startDate(), coachingAssignment.endDate()), p.id);
            }
            p.status = Proposal.Status.ACCEPTED;
            p.decidedBy = actor;
            p.decidedAt = Timestamp.from(clock.instant());
            p.note = note == null || note.isBlank() ? null : note.strip();
            return proposal(p);
        });
    }

    public Proposal dismiss(Caller caller, long id, String note) {
        String actor = caller.actingNip();
        if (note == null || note.isBlank() || note.length() > 500) {
            throw KinerjaException.badRequest("NOTE_REQUIRED", "note", "Alasan wajib diisi (paling panjang 500)", "A reason is required (at most 500)");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ProposalEntity p = open(em, id);
            p.status = Proposal.Status.DISMISSED;
            p.decidedBy = actor;
            p.decidedAt = Timestamp.from(clock.instant());
            p.note = note.strip();
            return proposal(p);
        });
    }

    private static ProposalEntity open(EntityManager em, long id) {
        ProposalEntity p = find(em, id);
        if (p.status != Proposal.Status.OPEN) {
            throw KinerjaException.conflict("PROPOSAL_DECIDED", "status", "Usulan sudah diputuskan (" + p.status + ")",
                    "The proposal is decided already (" + p.status + ")");
        }
        return p;
    }

    private static ProposalEntity find(EntityManager em, long id) {
        ProposalEntity p = em.find(ProposalEntity.class, id);
        if (p == null) {
            throw KinerjaException.notFound("PROPOSAL_NOT_FOUND", null, "Usulan " + id + " tidak ditemukan", "Proposal " + id + " not found");
        }
        return p;
    }

    static Proposal proposal(ProposalEntity p) {
        return new Proposal(p.id, p.nip, p.unitCode, p.period, p.evaluationId, p.predikat,
                CoachingRecords.names(p.belowExpectation).stream().map(BerakhlakValue::valueOf).toList(), CoachingRecords.ids(p.programIds),
                p.coachingSuggested == 1, p.status, p.createdAt.toInstant(), p.decidedBy, p.decidedAt == null ? null : p.decidedAt.toInstant(),
                p.note);
    }
}
