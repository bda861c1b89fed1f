package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatService;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.db.Cluster;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.pay.internal.model.DisciplineEventEntity;
import id.kinerja.pay.internal.model.PayRunEntity;
import id.kinerja.pay.internal.model.SlipEntity;

/**
 * The monthly TPP runs computed in chunks (resumable), at once or as this node's background job, and
 * read; their steps are {@link PayRunSteps}, their slips and files {@link PaySlips}.
 * <p>
 * A computation is held by one node at a time: a lease in its run's row, taken under a row lock and
 * renewed with each chunk (docs/cluster.md). A second node computing the same run meanwhile gets 409
 * {@code RUN_IN_PROGRESS}; its progress, and a request to cancel it, go through the row, so every
 * node shows and stops it. On a cluster's nodes a computation whose node died (its lease ran out
 * without being given back) is resumed by another node in the name of who started it: the lease is
 * {@link RunLease}, the resuming {@link OrphanedRunWatch}, a person's slip {@link SlipFigures}.
 */
@Component(service = PayRunService.class)
public class PayRunService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PayRunService.class);

    /** Slips written and committed together by a run. */
    static final int CHUNK = 500;


    private final JpaTemplate jpa;
    private final StaffService staff;
    private final PredikatService predikat;
    private final OrgUnitService orgUnits;
    private final SalaryTableService salaries;
    private final Clock clock;
    private final PayPolicies policies;
    private final RunLease lease;
    /** The runs ({@code month/scope}) being computed in this process. */
    private final Set<String> computing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set when the module stops: a computation of this node stops after its chunk. */
    private volatile boolean stopping;
    /** One computation at a time in the background: a run is the heaviest work of the module. */
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kinerja-pay-run");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public PayRunService(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference PredikatService predikat, @Reference OrgUnitService orgUnits, @Reference SalaryTableService salaries,
            @Reference PayPolicies policies, @Reference PaySchema schema, @Reference Cluster cluster) {
        this.policies = policies;
        this.lease = new RunLease(jpa, cluster);
        this.clock = city.clock();
        this.jpa = jpa;
        this.staff = staff;
        this.predikat = predikat;
        this.orgUnits = orgUnits;
        this.salaries = salaries;
    }

    /**
     * Computes (or recomputes, while DRAFT) the run of a month for every staff member of the city
     * ({@code unitCode} null) or of a unit and its subunits, as the registry stood at the month's end.
     * Slips are written in chunks of {@value #CHUNK}, each committed on its own, into a new
     * generation that becomes visible at once when the last chunk is written; until then the run
     * shows what it showed before. A computation stopped half-way (a rule, the database, the process
     * killed) is resumed by computing again: with the same inputs it continues after the last chunk
     * written, otherwise it starts over.
     */
    public PayRun compute(Caller caller, YearMonth month, String unitCode) {
        Prepared prepared = prepare(caller.actingNip(), month, unitCode);
        try {
            return write(prepared);
        } catch (RuntimeException e) {
            lease.release(prepared.start().runId(), e instanceof KinerjaException k ? k.getMessage() : e.toString());
            throw e;
        } finally {
            computing.remove(prepared.key());
        }
    }

    /**
     * The same computation as a job on this node (a large city's run takes tens of seconds): checked
     * and opened at once (a 4xx as {@link #compute} gives), its slips written in the background; the
     * run answers at once with its progress ({@code computing}), which {@link #get} follows. A job
     * stopped by {@link #cancel} or an error leaves the run as an interrupted computation, resumed by
     * computing again.
     */
    public PayRun computeInBackground(Caller caller, YearMonth month, String unitCode) {
        return computeInBackground(caller.actingNip(), month, unitCode);
    }

    /** Resumes in the background, in the name of who started it, a run whose node died (the lease ran out); 409 when another node took it first. */
    PayRun resume(PayRunEntity run) {
        return computeInBackground(run.nextBy, YearMonth.parse(run.month), PayRunEntity.CITY.equals(run.scope) ? null : run.scope);
    }

    /**
     * Asks the node computing a run, this one or another, to stop after the chunk it is writing
     * (resumed by computing again); the run then shows {@code stopped: CANCELLED}.
     */
    public PayRun cancel(long runId) {
        lease.cancel(runId);
        return get(runId);
    }

    private PayRun computeInBackground(String actor, YearMonth month, String unitCode) {
        Prepared prepared = prepare(actor, month, unitCode);
        try {
            background.execute(() -> {
                try {
                    write(prepared);
                } catch (KinerjaException e) {
                    lease.release(prepared.start().runId(), e.getMessage());
                } catch (RuntimeException e) {
                    LOG.warn("The TPP run of {} stopped: {}", prepared.month(), e.toString());
                    lease.release(prepared.start().runId(), e.toString());
                } finally {
                    computing.remove(prepared.key());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            computing.remove(prepared.key());
            lease.release(prepared.start().runId(), null);
            throw KinerjaException.conflict("MODULE_STOPPING", "month", "Modul TPP sedang berhenti; hitung lagi sebentar lagi",
                    "The pay module is stopping; compute again in a moment");
        }
        return get(prepared.start().runId());
    }

    /**
     * The module stops: a computation of this node stops after its chunk, its lease left to run out
     * (on a cluster another node resumes it; alone, computing again does).
     */
    @org.osgi.service.component.annotations.Deactivate
    void stop() throws InterruptedException {
        stopping = true;
        background.shutdown();
        if (!background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
            background.shutdownNow();
        }
    }

    /** A computation checked and opened, ready to write its slips. */
    private record Prepared(String key, String actor, YearMonth month, PayPolicy policy, Optional<SalaryTable> salary, List<StaffMember> members,
            Map<String, Predikat> predikatByNip, Map<String, List<DisciplineEvent>> eventsByNip, Start start) {
    }

    /** Checks the inputs, claims the run for this node and opens its computation (new or resumed). */
    private Prepared prepare(String actor, YearMonth month, String unitCode) {
        PayPolicy policy = policies.policyFor(month).orElseThrow(() -> KinerjaException.unprocessable("NO_POLICY", "month",
                "Belum ada kebijakan TPP yang berlaku untuk " + month, "No TPP policy is in force for " + month));
        String scope = unitCode == null || unitCode.isBlank() ? PayRunEntity.CITY : unitCode.strip();
        Set<String> units = PayRunEntity.CITY.equals(scope) ? null : orgUnits.subtreeCodes(scope);
        List<StaffMember> members = new ArrayList<>();
        staff.forEachOn(month.atEndOfMonth(), m -> {
            if ((units == null || units.contains(m.unitCode())) && SlipFigures.inServiceBy(m, month)) {
                members.add(m);
            }
        });
        Map<String, Predikat> predikatByNip = new HashMap<>();
        for (PredikatRecord r : predikat.latestFinal(month.atEndOfMonth())) {
            predikatByNip.put(r.nip(), r.predikat());
        }
        Optional<SalaryTable> salary = salaries.inForce(month);
        Map<String, List<DisciplineEvent>> eventsByNip = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d FROM DisciplineEventEntity d WHERE d.month = :month"
                + " ORDER BY d.nip, d.date, d.kind", DisciplineEventEntity.class).setParameter("month", month.toString()).getResultList())
                .forEach(d -> eventsByNip.computeIfAbsent(d.nip, k -> new ArrayList<>()).add(d.toEvent()));
        String inputs = RunInputs.fingerprint(policy, salary.map(SalaryTable::id).orElse(0L), members, predikatByNip, eventsByNip);

        String key = month + "/" + scope;
        if (!computing.add(key)) {
            throw KinerjaException.conflict("RUN_IN_PROGRESS", "month", "TPP " + month + " sedang dihitung; tunggu sampai selesai",
                    "The run of " + month + " is being computed; wait until it completes");
        }
        try {
            Start start;
            try {
                start = jpa.txExpr(TransactionType.Required, em -> start(em, month, scope, members, inputs, actor));
            } catch (javax.persistence.PersistenceException createdMeanwhile) {
                // another node made the month's run at the same moment (one run per month and scope): claimed there, or free again
                start = jpa.txExpr(TransactionType.Required, em -> start(em, month, scope, members, inputs, actor));
            }
            return new Prepared(key, actor, month, policy, salary, members, predikatByNip, eventsByNip, start);
        } catch (RuntimeException e) {
            computing.remove(key);
            throw e;
        }
    }

    /** Writes the slips of an opened computation chunk by chunk, then shows them and gives the lease back. */
    private PayRun write(Prepared p) {
        Start start = p.start();
        YearMonth month = p.month();
        PayPolicy policy = p.policy();
        Optional<SalaryTable> salary = p.salary();
        Map<String, Predikat> predikatByNip = p.predikatByNip();
        Map<String, List<DisciplineEvent>> eventsByNip = p.eventsByNip();
        String actor = p.actor();
        {
            purge(start.runId(), start.generation(), true);
            List<StaffMember> todo = p.members().stream().filter(m -> m.nip().compareTo(start.afterNip()) > 0).toList();
            for (int from = 0; from < todo.size(); from += CHUNK) {
                List<StaffMember> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
                String stoppedBy = jpa.txExpr(TransactionType.Required, em -> {
                    em.setFlushMode(FlushModeType.COMMIT);
                    PayRunEntity run = lease.held(em, start.runId());
                    if (run == null) {
                        return "LEASE_LOST";
                    }
                    if (run.nextStopped != null) {
                        return run.nextStopped;
                    }
                    for (StaffMember member : chunk) {
                        em.persist(SlipFigures.slip(start.runId(), start.generation(), month, policy, salary, member, predikatByNip.get(member.nip()),
                                eventsByNip.getOrDefault(member.nip(), List.of())));
                    }
                    run.nextAfterNip = chunk.get(chunk.size() - 1).nip();
                    run.nextSlips += chunk.size();
                    return null;
                });
                if (stoppedBy != null) {
                    LOG.info("The TPP run of {} stopped after {} slips: {}", month, from + start.slipsBefore(), stoppedBy);
                    lease.release(start.runId(), null);
                    return get(start.runId());
                }
                if (stopping) {
                    // the module stops: the lease runs out, the computation is resumed (on a cluster by another node)
                    return get(start.runId());
                }
            }
            PayRun done = jpa.txExpr(TransactionType.Required, em -> {
                PayRunEntity run = lease.held(em, start.runId());
                if (run == null) {
                    return null; // taken over by another node after this one's lease ran out: that one completes it
                }
                Object[] sums = em.createQuery("SELECT COUNT(s), SUM(s.total) FROM SlipEntity s WHERE s.runId = :run AND s.generation = :generation",
                        Object[].class).setParameter("run", run.id).setParameter("generation", start.generation()).getSingleResult();
                run.generation = start.generation();
                run.nextGeneration = null;
                run.nextAfterNip = null;
                run.nextSlips = 0;
                run.nextStartedAt = null;
                run.nextInputs = null;
                run.nextBy = null;
                run.nextTotal = null;
                run.nextStopped = null;
                run.leaseNode = null;
                run.leaseUntil = null;
                run.slipCount = ((Number) sums[0]).intValue();
                run.total = sums[1] == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) sums[1]).setScale(2);
                run.policyName = policy.name();
                run.computedAt = Timestamp.from(clock.instant());
                run.computedBy = actor;
                return run.toRun(start.resumed() ? start.slipsBefore() : null);
            });
            if (done == null) {
                return get(start.runId());
            }
            purge(start.runId(), start.generation(), false);
            return done;
        }
    }

    /** Where a computation begins: its run, its generation, and after which NIP (resuming) it writes. */
    private record Start(long runId, int generation, String afterNip, int slipsBefore, boolean resumed) {
    }

    /** Opens the computation, claimed for this node: a new generation, or the interrupted one when its inputs are the same. */
    private Start start(EntityManager em, YearMonth month, String scope, List<StaffMember> members, String inputs, String actor) {
        PayRunEntity run = runs(em, month).stream().filter(r -> r.scope.equals(scope)).findFirst().orElse(null);
        if (run != null) {
            lease.requireFree(em, run);
        }
        if (run != null && run.status != PayRun.Status.DRAFT) {
            throw KinerjaException.conflict("RUN_NOT_DRAFT", "month", "TPP bulan " + month + " sudah " + run.status
                    + "; tidak dihitung ulang", "The run of " + month + " is " + run.status + " and is not recomputed");
        }
        checkScope(em, month, scope);
        if (run == null) {
            run = new PayRunEntity();
            run.month = month.toString();
            run.scope = scope;
            run.status = PayRun.Status.DRAFT;
            run.total = BigDecimal.ZERO;
            em.persist(run);
            em.flush();
        }
        requireNotOnOtherSlips(em, month, run.id, members);
        boolean resume = run.nextGeneration != null && inputs.equals(run.nextInputs);
        if (!resume) {
            run.nextGeneration = Math.max(run.generation, run.nextGeneration == null ? 0 : run.nextGeneration) + 1;
            run.nextAfterNip = "";
            run.nextSlips = 0;
            run.nextStartedAt = Timestamp.from(clock.instant());
            run.nextInputs = inputs;
        }
        String after = run.nextAfterNip;
        lease.take(run, actor, run.nextSlips + (int) members.stream().filter(m -> m.nip().compareTo(after) > 0).count());
        return new Start(run.id, run.nextGeneration, run.nextAfterNip, run.nextSlips, resume);
    }

    /**
     * Deletes, a chunk per transaction, the slips of a run that nobody can see: those of generations
     * other than the visible one and {@code keep} (replaced, or left by a computation that started over).
     */
    private void purge(long runId, int keep, boolean leased) {
        List<Integer> generations = jpa.txExpr(TransactionType.Supports, em -> {
            int visible = em.find(PayRunEntity.class, runId).generation;
            return em.createQuery("SELECT DISTINCT s.generation FROM SlipEntity s WHERE s.runId = :run", Integer.class)
                    .setParameter("run", runId).getResultList().stream().filter(g -> g != visible && g != keep).toList();
        });
        for (int generation : generations) {
            while (true) {
                // a range of the key's index at a time: the next CHUNK slips in NIP order, their lines with them (ON DELETE CASCADE)
                int deleted = jpa.txExpr(TransactionType.Required, em -> {
                    if (leased && lease.held(em, runId) == null) {
                        return 0;
                    }
                    List<String> nips = em.createQuery("SELECT s.nip FROM SlipEntity s WHERE s.runId = :run AND s.generation = :generation"
                            + " ORDER BY s.nip", String.class).setParameter("run", runId).setParameter("generation", generation)
                            .setMaxResults(CHUNK).getResultList();
                    return nips.isEmpty() ? 0 : em.createQuery("DELETE FROM SlipEntity s WHERE s.runId = :run AND s.generation = :generation"
                            + " AND s.nip <= :last").setParameter("run", runId).setParameter("generation", generation)
                            .setParameter("last", nips.get(nips.size() - 1)).executeUpdate();
                });
                if (deleted == 0) {
                    break;
                }
            }
        }
    }

    /** A run for the whole city and runs for units do not mix in a month. */
    private static void checkScope(EntityManager em, YearMonth month, String scope) {
        List<String> others = runs(em, month).stream().map(r -> r.scope).filter(s -> !s.equals(scope)).toList();
        if (others.isEmpty()) {
            return;
        }
        if (PayRunEntity.CITY.equals(scope)) {
            throw KinerjaException.conflict("RUN_SCOPE_OVERLAP", "unitCode", "TPP bulan " + month + " sudah dihitung per unit (" + String.join(", ", others)
                    + "); lanjutkan per unit", "The month " + month + " is run per unit (" + String.join(", ", others) + "); go on per unit");
        }
        if (others.contains(PayRunEntity.CITY)) {
            throw KinerjaException.conflict("RUN_SCOPE_OVERLAP", "unitCode", "TPP bulan " + month + " sudah dihitung untuk seluruh kota",
                    "The month " + month + " is run for the whole city");
        }
    }

    /** Nobody is on two slips of a month: a unit run refuses staff another unit's run of the month pays. */
    private static void requireNotOnOtherSlips(EntityManager em, YearMonth month, long runId, List<StaffMember> members) {
        Set<String> elsewhere = new HashSet<>(em.createQuery("SELECT s.nip FROM SlipEntity s, PayRunEntity r WHERE r.id = s.runId AND s.month = :month AND s.runId <> :run"
                + " AND (s.generation = r.generation OR s.generation = r.nextGeneration)",
                String.class).setParameter("month", month.toString()).setParameter("run", runId).getResultList());
        List<String> both = members.stream().map(StaffMember::nip).filter(elsewhere::contains).limit(5).toList();
        if (!both.isEmpty()) {
            throw KinerjaException.conflict("ALREADY_ON_A_SLIP", "unitCode", "Pegawai berikut sudah ada di slip TPP " + month
                    + " unit lain: " + String.join(", ", both), "These staff are on another unit's slips of " + month + ": " + String.join(", ", both));
        }
    }

    public List<PayRun> runs() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM PayRunEntity r ORDER BY r.month DESC, r.scope", PayRunEntity.class)
                .getResultList().stream().map(PayRunEntity::toRun).toList());
    }

    public PayRun get(long runId) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, runId).toRun());
    }

    private static List<PayRunEntity> runs(EntityManager em, YearMonth month) {
        return em.createQuery("SELECT r FROM PayRunEntity r WHERE r.month = :month ORDER BY r.scope", PayRunEntity.class)
                .setParameter("month", month.toString()).getResultList();
    }

    static PayRunEntity find(EntityManager em, long runId) {
        PayRunEntity run = em.find(PayRunEntity.class, runId);
        if (run == null) {
            throw KinerjaException.notFound("RUN_NOT_FOUND", null, "TPP run " + runId + " tidak ditemukan", "Run " + runId + " not found");
        }
        return run;
    }
}
