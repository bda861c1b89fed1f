package id.kinerja.appraisal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.EventAdmin;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.PlanService;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.SkpDraft;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.api.WorkResult;
import id.kinerja.appraisal.internal.model.BehaviourEmbeddable;
import id.kinerja.appraisal.internal.model.IndicatorEntity;
import id.kinerja.appraisal.internal.model.PlanEntity;
import id.kinerja.appraisal.internal.model.WorkResultEntity;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;

@Component(service = { PlanService.class, PlanQueue.class })
public class PlanServiceImpl implements PlanService, PlanQueue {

    private final JpaTemplate jpa;
    private final People people;
    private final Clock clock;
    private final QueuedViews<QueuedPlan, Long> queued = new QueuedViews<>(QueuedPlan::id, QueuedPlan::updatedMicros);

    /** Tells the people a plan waits for (the notifications' topic); none in unit tests. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventAdmin events;

    @Activate
    public PlanServiceImpl(@Reference(target = "(osgi.unit.name=kinerja-appraisal)") JpaTemplate jpa,
            @Reference StaffService staff, @Reference CityTime city, @Reference AppraisalSchema schema) {
        this(jpa, new People(staff), city.clock());
    }

    PlanServiceImpl(JpaTemplate jpa, People people, Clock clock) {
        this.jpa = jpa;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public SkpPlan create(Caller caller, SkpDraft draft) {
        String actorNip = caller.actingNip();
        StaffMember owner = people.inService(actorNip, "actorNip");
        SkpDraft valid = PlanValidator.normalise(draft, LocalDate.now(clock).getYear());
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PlanEntity> existing = versions(em, owner.nip(), valid.year());
            if (!existing.isEmpty()) {
                throw Errors.conflict("PLAN_EXISTS", "SKP tahun " + valid.year() + " sudah ada (id " + existing.get(0).id
                        + "); ubah atau revisi SKP itu", "A plan for " + valid.year() + " exists already (id " + existing.get(0).id
                        + "); change or revise that one");
            }
            PlanEntity plan = new PlanEntity();
            plan.nip = owner.nip();
            plan.year = valid.year();
            plan.version = 1;
            plan.status = PlanStatus.DRAFT;
            plan.unitCode = owner.unitCode();
            plan.updatedAt = Timestamp.from(now());
            fill(em, plan, valid, owner);
            em.persist(plan);
            em.flush();
            SkpPlan created = Views.plan(plan);
            Audit.record(em, now(), owner.nip(), "PLAN_CREATED", Audit.PLAN, plan.id, null, created);
            return created;
        });
    }

    @Override
    public SkpPlan update(Caller caller, long planId, SkpDraft draft) {
        String actorNip = caller.actingNip();
        StaffMember owner = people.inService(actorNip, "actorNip");
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = find(em, planId);
            requireOwner(plan, owner.nip());
            if (!plan.status.editable()) {
                throw notEditable(plan);
            }
            SkpDraft valid = PlanValidator.normalise(draft, LocalDate.now(clock).getYear());
            if (valid.year() != plan.year) {
                throw Errors.rule("YEAR_FIXED", "year", "Tahun SKP tidak dapat diubah", "The year of a plan cannot change");
            }
            SkpPlan before = Views.plan(plan);
            plan.workResults.clear();
            plan.behaviours.clear();
            em.flush();
            fill(em, plan, valid, owner);
            plan.updatedAt = Timestamp.from(now());
            em.flush();
            SkpPlan after = Views.plan(plan);
            Audit.record(em, now(), owner.nip(), "PLAN_UPDATED", Audit.PLAN, plan.id, before, after);
            return after;
        });
    }

    @Override
    public void delete(Caller caller, long planId) {
        String actorNip = caller.actingNip();
        StaffMember owner = people.inService(actorNip, "actorNip");
        jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = find(em, planId);
            requireOwner(plan, owner.nip());
            if (!plan.status.editable()) {
                throw notEditable(plan);
            }
            SkpPlan before = Views.plan(plan);
            em.remove(plan);
            Audit.record(em, now(), owner.nip(), "PLAN_DELETED", Audit.PLAN, planId, before, null);
            return null;
        });
    }

    @Override
    public SkpPlan submit(Caller caller, long planId) {
        String actorNip = caller.actingNip();
        StaffMember owner = people.inService(actorNip, "actorNip");
        String rater = owner.supervisorNip();
        if (rater == null) {
            throw Errors.rule("NO_RATER", "supervisorNip", "Atasan langsung (pejabat penilai) belum tercatat di data kepegawaian",
                    "No direct supervisor (rater) is registered for this staff member");
        }
        SkpPlan submitted = transition(actorNip, planId, "PLAN_SUBMITTED", (em, plan) -> {
            requireOwner(plan, owner.nip());
            if (!plan.status.editable()) {
                throw notEditable(plan);
            }
            plan.status = PlanStatus.SUBMITTED;
            plan.raterNip = rater;
            plan.unitCode = owner.unitCode();
            plan.submittedAt = Timestamp.from(now());
        });
        tell(rater, "SKP menunggu persetujuan Anda", "A plan awaits your approval",
                owner.fullName() + " mengajukan SKP " + submitted.year() + " untuk Anda setujui atau kembalikan.",
                owner.fullName() + " submitted the " + submitted.year() + " plan for you to approve or return.", "penilai");
        return submitted;
    }

    /** Posts a notification to one person (after the change is committed); nobody listening changes nothing. */
    private void tell(String nip, String title, String titleEn, String text, String textEn, String link) {
        EventAdmin admin = events;
        if (admin != null && nip != null) {
            admin.postEvent(Notices.to(nip, title, titleEn, text, textEn, link));
        }
    }

    @Override
    public SkpPlan approve(Caller caller, long planId, String comment, List<BehaviourExpectation> expectations) {
        String actorNip = caller.actingNip();
        String note = Errors.optionalText(comment, "comment", 2000);
        Map<BerakhlakValue, String> specific = PlanValidator.expectations(expectations, "expectations");
        SkpPlan approved = transition(actorNip, planId, "PLAN_APPROVED", (em, plan) -> {
            requireRater(em, plan, actorNip);
            for (BehaviourEmbeddable behaviour : plan.behaviours) {
                String expectation = specific.get(behaviour.value);
                if (expectation != null) {
                    behaviour.expectation = expectation;
                }
            }
            for (PlanEntity other : versions(em, plan.nip, plan.year)) {
                if (other.status == PlanStatus.APPROVED) {
                    other.status = PlanStatus.SUPERSEDED;
                    other.updatedAt = Timestamp.from(now());
                }
            }
            plan.status = PlanStatus.APPROVED;
            plan.raterComment = note;
            plan.decidedAt = Timestamp.from(now());
        });
        tell(approved.nip(), "SKP Anda disetujui", "Your plan was approved", "SKP " + approved.year() + " Anda disetujui pejabat penilai"
                + (note == null ? "." : ": " + note), "Your " + approved.year() + " plan was approved by your rater"
                + (note == null ? "." : ": " + note), "skp/" + approved.id());
        return approved;
    }

    @Override
    public SkpPlan returnToOwner(Caller caller, long planId, String comment) {
        String actorNip = caller.actingNip();
        String note = Errors.text(comment, "comment", 2000);
        SkpPlan returned = transition(actorNip, planId, "PLAN_RETURNED", (em, plan) -> {
            requireRater(em, plan, actorNip);
            plan.status = PlanStatus.RETURNED;
            plan.raterComment = note;
            plan.decidedAt = Timestamp.from(now());
        });
        tell(returned.nip(), "SKP Anda dikembalikan untuk diperbaiki", "Your plan was returned for changes", "Catatan pejabat penilai: " + note,
                "Your rater's comment: " + note, "skp/" + returned.id());
        return returned;
    }

    @Override
    public SkpPlan revise(Caller caller, long planId) {
        String actorNip = caller.actingNip();
        StaffMember owner = people.inService(actorNip, "actorNip");
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity approved = find(em, planId);
            requireOwner(approved, owner.nip());
            if (approved.status != PlanStatus.APPROVED) {
                throw Errors.rule("PLAN_NOT_APPROVED", "status", "Hanya SKP yang sudah disetujui yang direvisi; SKP ini " + approved.status,
                        "Only an approved plan is revised; this one is " + approved.status);
            }
            List<PlanEntity> versions = versions(em, approved.nip, approved.year);
            for (PlanEntity other : versions) {
                if (other.status.editable() || other.status == PlanStatus.SUBMITTED) {
                    throw Errors.conflict("REVISION_EXISTS", "Revisi SKP ini sudah ada (id " + other.id + ")",
                            "A revision of this plan exists already (id " + other.id + ")");
                }
            }
            PlanEntity draft = new PlanEntity();
            draft.nip = approved.nip;
            draft.year = approved.year;
            draft.version = versions.get(0).version + 1;
            draft.status = PlanStatus.DRAFT;
            draft.unitCode = owner.unitCode();
            draft.updatedAt = Timestamp.from(now());
            SkpPlan content = Views.plan(approved);
            fill(em, draft, new SkpDraft(content.year(), content.workResults(), content.behaviours()), owner);
            em.persist(draft);
            em.flush();
            SkpPlan created = Views.plan(draft);
            Audit.record(em, now(), owner.nip(), "PLAN_REVISED", Audit.PLAN, draft.id, content, created);
            return created;
        });
    }

    @Override
    public SkpPlan get(long planId) {
        return jpa.txExpr(TransactionType.Supports, em -> Views.plan(find(em, planId)));
    }

    @Override
    public Optional<SkpPlan> approved(String nip, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> approvedPlan(em, nip, year).map(Views::plan));
    }

    @Override
    public List<WorkResult> supportable(String nip, int year) {
        String supervisor = people.supervisorOf(people.inService(nip, "nip").nip());
        if (supervisor == null) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> approvedPlan(em, supervisor, year).map(Views::plan)
                .map(SkpPlan::workResults).orElse(List.of()));
    }

    static Optional<PlanEntity> approvedPlan(EntityManager em, String nip, int year) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.nip = :nip AND p.year = :year AND p.status = :status",
                PlanEntity.class).setParameter("nip", nip).setParameter("year", year)
                .setParameter("status", PlanStatus.APPROVED).getResultList().stream().findFirst();
    }

    @Override
    public List<SkpPlan> plansOf(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT p FROM PlanEntity p WHERE p.nip = :nip ORDER BY p.year DESC, p.version DESC", PlanEntity.class)
                .setParameter("nip", nip).setHint(Views.BATCH, "p.workResults").setHint(Views.BATCH, "p.workResults.indicators")
                .setHint(Views.BATCH, "p.behaviours").setHint(Views.BATCH_TYPE, "IN").getResultList().stream().map(Views::plan).toList());
    }

    @Override
    public Page<SkpPlan> awaitingApproval(String raterNip, PageRequest page) {
        return queue(raterNip, page).map(QueuedPlan::plan);
    }

    @Override
    public Page<QueuedPlan> queue(String raterNip, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            // in the order of IX_SKP_PLAN_RATER_MICROS (rater, status, submitted, id, updated micros)
            String waiting = " WHERE p.raterNip = :rater AND p.status = :status";
            String order = " ORDER BY p.submittedAt, p.id";
            // a first page whose plans are not kept: their rows in one read
            Optional<Page<QueuedPlan>> firstLook = queued.firstPage(raterNip, page, n -> PlanRows.plans(em,
                    em.createQuery(PlanRows.SELECT + waiting + order, Object[].class).setParameter("rater", raterNip)
                            .setParameter("status", PlanStatus.SUBMITTED).setMaxResults(n).getResultList()));
            if (firstLook.isPresent()) {
                return firstLook.get();
            }
            // each key with the stamp of its plan's last change (UPDATED_MICROS, a number: V9), which tells whether the plan
            // kept from an earlier page is still the plan; after a cursor, the plans submitted after its plan ("<>", not ">",
            // beside the OR: the same plans, and a side no index serves, which PostgreSQL plans without weighing one for it)
            TypedQuery<Object[]> query = em.createQuery("SELECT p.id, p.updatedMicros FROM PlanEntity p" + waiting
                    + (page.after() == null ? "" : " AND p.submittedAt >= :afterAt AND (p.submittedAt <> :afterAt OR p.id > :afterId)")
                    + order, Object[].class);
            if (page.after() != null) {
                page.after().valuesFor(2);
                query.setParameter("afterAt", page.after().value(0, at -> Timestamp.from(Instant.parse(at))))
                        .setParameter("afterId", page.after().value(1, Long::valueOf));
            }
            query.setParameter("rater", raterNip).setParameter("status", PlanStatus.SUBMITTED);
            Map<Long, Long> stamps = new HashMap<>();
            Page.KeyReader<Long> keys = (first, max) -> query.setFirstResult(first).setMaxResults(max).getResultList().stream().map(key -> {
                stamps.put((Long) key[0], (Long) key[1]);
                return (Long) key[0];
            }).toList();
            // the cursor after a page: its last plan's submission, as its row (unchanged since its key's stamp) has it;
            // none (the page read on by its offset) if the plan was gone by the time its row was read
            Map<Long, Instant> submittedAt = new HashMap<>();
            return queued.shown(raterNip, page, Page.ofKeys(keys, page, ids -> {
                List<QueuedPlan> plans = queued.of(ids, stamps, missing -> PlanRows.read(em, missing));
                plans.forEach(plan -> submittedAt.put(plan.id(), plan.submittedAt()));
                return plans;
            }, QueuedPlan::id, id -> submittedAt.containsKey(id) ? PageCursor.of(submittedAt.get(id), id) : null));
        });
    }

    // ---- helpers ----

    private interface Change {
        void apply(EntityManager em, PlanEntity plan);
    }

    private SkpPlan transition(String actorNip, long planId, String action, Change change) {
        people.inService(actorNip, "actorNip");
        return jpa.txExpr(TransactionType.Required, em -> {
            PlanEntity plan = find(em, planId);
            SkpPlan before = Views.plan(plan);
            change.apply(em, plan);
            plan.updatedAt = Timestamp.from(now());
            em.flush();
            SkpPlan after = Views.plan(plan);
            // written after the flush, which gives new children their ids; cleared when the plan leaves SUBMITTED
            plan.submittedContent = after.status() == PlanStatus.SUBMITTED ? SubmittedContent.write(after) : null;
            Audit.record(em, now(), actorNip.strip(), action, Audit.PLAN, plan.id, before, after);
            return after;
        });
    }

    private void requireRater(EntityManager em, PlanEntity plan, String actorNip) {
        if (plan.status != PlanStatus.SUBMITTED) {
            throw Errors.rule("PLAN_NOT_SUBMITTED", "status", "SKP ini tidak menunggu persetujuan (status " + plan.status + ")",
                    "This plan is not waiting for approval (status " + plan.status + ")");
        }
        if (!People.actsFor(em, actorNip.strip(), plan.raterNip, LocalDate.now(clock))) {
            throw Errors.forbidden("NOT_THE_RATER", "Hanya pejabat penilai (atasan langsung) yang menyetujui atau mengembalikan SKP ini",
                    "Only the rater (the direct supervisor) approves or returns this plan");
        }
        if (plan.nip.equals(actorNip.strip())) {
            // e.g. a Plh acting for their own supervisor
            throw Errors.forbidden("SELF_APPROVAL", "Tidak ada yang menyetujui SKP-nya sendiri", "Nobody approves their own plan");
        }
    }

    private static void requireOwner(PlanEntity plan, String actorNip) {
        if (!plan.nip.equals(actorNip)) {
            throw Errors.forbidden("NOT_THE_OWNER", "Hanya pemilik SKP yang dapat melakukannya", "Only the owner of the plan may do this");
        }
    }

    private static RuntimeException notEditable(PlanEntity plan) {
        return Errors.rule("PLAN_NOT_EDITABLE", "status", "SKP dengan status " + plan.status + " tidak dapat diubah",
                "A plan with status " + plan.status + " cannot be changed");
    }

    private static PlanEntity find(EntityManager em, long planId) {
        return Errors.existing(em, PlanEntity.class, planId, "SKP", "Plan");
    }

    private static List<PlanEntity> versions(EntityManager em, String nip, int year) {
        return em.createQuery("SELECT p FROM PlanEntity p WHERE p.nip = :nip AND p.year = :year ORDER BY p.version DESC",
                PlanEntity.class).setParameter("nip", nip).setParameter("year", year).getResultList();
    }

    /** Fills the plan with a valid draft; work results may only support work results of the rater's approved plan. */
    private void fill(EntityManager em, PlanEntity plan, SkpDraft draft, StaffMember owner) {
        Set<Long> supportable = supportable(em, owner, draft.year());
        int order = 0;
        for (WorkResult w : draft.workResults()) {
            if (w.supportsWorkResultId() != null && !supportable.contains(w.supportsWorkResultId())) {
                throw Errors.rule("CASCADE_INVALID", "workResults[" + order + "].supportsWorkResultId",
                        "Hasil kerja " + w.supportsWorkResultId() + " bukan bagian dari SKP atasan langsung yang disetujui untuk tahun " + draft.year(),
                        "Work result " + w.supportsWorkResultId() + " is not in the approved " + draft.year() + " plan of the direct supervisor");
            }
            WorkResultEntity result = new WorkResultEntity();
            result.plan = plan;
            result.sortOrder = order++;
            result.text = w.text();
            result.supportsId = w.supportsWorkResultId();
            result.unitGoal = w.unitGoal();
            int indicatorOrder = 0;
            for (var i : w.indicators()) {
                IndicatorEntity indicator = new IndicatorEntity();
                indicator.workResult = result;
                indicator.sortOrder = indicatorOrder++;
                indicator.description = i.description();
                indicator.aspect = i.aspect();
                indicator.target = i.target();
                indicator.measureUnit = i.unit();
                result.indicators.add(indicator);
            }
            plan.workResults.add(result);
        }
        draft.behaviours().forEach(b -> plan.behaviours.add(new BehaviourEmbeddable(b.value(), b.expectation())));
    }

    private static Set<Long> supportable(EntityManager em, StaffMember owner, int year) {
        if (owner.supervisorNip() == null) {
            return Set.of();
        }
        return approvedPlan(em, owner.supervisorNip(), year)
                .map(p -> p.workResults.stream().map(w -> w.id).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    private Instant now() {
        return clock.instant();
    }
}
