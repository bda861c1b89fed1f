package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.staff.Nip;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.pay.internal.model.DisciplineEventEntity;
import id.kinerja.pay.internal.model.PayRunEntity;
import id.kinerja.pay.internal.model.SlipEntity;

/**
 * The monthly TPP runs computed in chunks (resumable), at once or as this node's background job, and
 * read; their steps are {@link PayRunSteps}, their slips and files {@link PaySlips}.
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
    /** The runs ({@code month/scope}) being computed in this process. */
    private final Set<String> computing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** This process's background computations by run, the last one of each (its progress, how it stopped). */
    private final Map<Long, Job> jobs = new java.util.concurrent.ConcurrentHashMap<>();
    /** One computation at a time in the background: a run is the heaviest work of the module. */
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "kinerja-pay-run");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public PayRunService(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference StaffService staff, @Reference CityTime city,
            @Reference PredikatService predikat, @Reference OrgUnitService orgUnits, @Reference SalaryTableService salaries,
            @Reference PayPolicies policies, @Reference PaySchema schema) {
        this.policies = policies;
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
        Prepared prepared = prepare(caller, month, unitCode);
        try {
            return write(prepared, null);
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
        Prepared prepared = prepare(caller, month, unitCode);
        Job job = new Job(prepared.members().size());
        jobs.put(prepared.start().runId(), job);
        try {
            background.execute(() -> {
                try {
                    write(prepared, job);
                } catch (KinerjaException e) {
                    job.stopped = e.getMessage();
                } catch (RuntimeException e) {
                    job.stopped = e.toString();
                    LOG.warn("The TPP run of {} stopped: {}", prepared.month(), e.toString());
                } finally {
                    job.running = false;
                    computing.remove(prepared.key());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            jobs.remove(prepared.start().runId());
            computing.remove(prepared.key());
            throw KinerjaException.conflict("MODULE_STOPPING", "month", "Modul TPP sedang berhenti; hitung lagi sebentar lagi",
                    "The pay module is stopping; compute again in a moment");
        }
        return get(prepared.start().runId());
    }

    /** The module stops: a background computation stops after its chunk (resumed by computing again, here or on another node). */
    @org.osgi.service.component.annotations.Deactivate
    void stop() throws InterruptedException {
        jobs.values().forEach(job -> job.cancelled = true);
        background.shutdown();
        if (!background.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
            background.shutdownNow();
        }
    }

    /** Stops this node's background computation of a run after the chunk it is writing (resumed by computing again). */
    public PayRun cancel(long runId) {
        Job job = jobs.get(runId);
        if (job == null || !job.running) {
            throw KinerjaException.conflict("NOT_COMPUTING", "id", "TPP ini tidak sedang dihitung", "This run is not being computed");
        }
        job.cancelled = true;
        return get(runId);
    }

    /** A background computation of this node. */
    static final class Job {
        final int slipsToWrite;
        volatile boolean running = true;
        volatile boolean cancelled;
        volatile String stopped;

        Job(int slipsToWrite) {
            this.slipsToWrite = slipsToWrite;
        }
    }

    /** A computation checked and opened, ready to write its slips. */
    private record Prepared(String key, String actor, YearMonth month, PayPolicy policy, Optional<SalaryTable> salary, List<StaffMember> members,
            Map<String, Predikat> predikatByNip, Map<String, List<DisciplineEvent>> eventsByNip, Start start) {
    }

    /** Checks the inputs, claims the run for this node and opens its computation (new or resumed). */
    private Prepared prepare(Caller caller, YearMonth month, String unitCode) {
        String actor = caller.actingNip();
        PayPolicy policy = policies.policyFor(month).orElseThrow(() -> KinerjaException.unprocessable("NO_POLICY", "month",
                "Belum ada kebijakan TPP yang berlaku untuk " + month, "No TPP policy is in force for " + month));
        String scope = unitCode == null || unitCode.isBlank() ? PayRunEntity.CITY : unitCode.strip();
        Set<String> units = PayRunEntity.CITY.equals(scope) ? null : orgUnits.subtreeCodes(scope);
        List<StaffMember> members = new ArrayList<>();
        staff.forEachOn(month.atEndOfMonth(), m -> {
            if ((units == null || units.contains(m.unitCode())) && inServiceBy(m, month)) {
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
            Start start = jpa.txExpr(TransactionType.Required, em -> start(em, month, scope, members, inputs));
            return new Prepared(key, actor, month, policy, salary, members, predikatByNip, eventsByNip, start);
        } catch (RuntimeException e) {
            computing.remove(key);
            throw e;
        }
    }

    /** Writes the slips of an opened computation chunk by chunk, then shows them; {@code job} when in the background. */
    private PayRun write(Prepared p, Job job) {
        Start start = p.start();
        YearMonth month = p.month();
        PayPolicy policy = p.policy();
        Optional<SalaryTable> salary = p.salary();
        Map<String, Predikat> predikatByNip = p.predikatByNip();
        Map<String, List<DisciplineEvent>> eventsByNip = p.eventsByNip();
        String actor = p.actor();
        {
            purge(start.runId(), start.generation());
            List<StaffMember> todo = p.members().stream().filter(m -> m.nip().compareTo(start.afterNip()) > 0).toList();
            for (int from = 0; from < todo.size(); from += CHUNK) {
                if (job != null && job.cancelled) {
                    job.stopped = "CANCELLED";
                    return get(start.runId());
                }
                List<StaffMember> chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
                jpa.tx(TransactionType.Required, em -> {
                    em.setFlushMode(FlushModeType.COMMIT);
                    for (StaffMember member : chunk) {
                        em.persist(slip(start, month, policy, salary, member, predikatByNip.get(member.nip()),
                                eventsByNip.getOrDefault(member.nip(), List.of())));
                    }
                    PayRunEntity run = em.find(PayRunEntity.class, start.runId());
                    run.nextAfterNip = chunk.get(chunk.size() - 1).nip();
                    run.nextSlips += chunk.size();
                });
            }
            PayRun done = jpa.txExpr(TransactionType.Required, em -> {
                PayRunEntity run = em.find(PayRunEntity.class, start.runId());
                Object[] sums = em.createQuery("SELECT COUNT(s), SUM(s.total) FROM SlipEntity s WHERE s.runId = :run AND s.generation = :generation",
                        Object[].class).setParameter("run", run.id).setParameter("generation", start.generation()).getSingleResult();
                run.generation = start.generation();
                run.nextGeneration = null;
                run.nextAfterNip = null;
                run.nextSlips = 0;
                run.nextStartedAt = null;
                run.nextInputs = null;
                run.slipCount = ((Number) sums[0]).intValue();
                run.total = sums[1] == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) sums[1]).setScale(2);
                run.policyName = policy.name();
                run.computedAt = Timestamp.from(clock.instant());
                run.computedBy = actor;
                return run.toRun(start.resumed() ? start.slipsBefore() : null);
            });
            purge(start.runId(), start.generation());
            return done;
        }
    }

    /**
     * Whether a person was in service in the month: the TMT of entering service in their NIP is not
     * after it (the registry lists people registered later, e.g. this year's new CPNS, in every month).
     */
    static boolean inServiceBy(StaffMember member, YearMonth month) {
        try {
            return !serviceStart(member).isAfter(month);
        } catch (KinerjaException unreadable) {
            return true; // registered with a NIP that was valid then; paid as the registry says
        }
    }

    /** Where a computation begins: its run, its generation, and after which NIP (resuming) it writes. */
    private record Start(long runId, int generation, String afterNip, int slipsBefore, boolean resumed) {
    }

    /** Opens the computation: a new generation, or the interrupted one when its inputs are the same. */
    private Start start(EntityManager em, YearMonth month, String scope, List<StaffMember> members, String inputs) {
        PayRunEntity run = runs(em, month).stream().filter(r -> r.scope.equals(scope)).findFirst().orElse(null);
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
        return new Start(run.id, run.nextGeneration, run.nextAfterNip, run.nextSlips, resume);
    }

    private SlipEntity slip(Start start, YearMonth month, PayPolicy policy, Optional<SalaryTable> salary, StaffMember member, Predikat p,
            List<DisciplineEvent> events) {
        TppCalculator.Figures figures = TppCalculator.compute(policy, member.positionClass(), member.status(), p, events);
        SlipEntity slip = new SlipEntity();
        slip.runId = start.runId();
        slip.generation = start.generation();
        slip.month = month.toString();
        slip.nip = member.nip();
        slip.fullName = member.fullName();
        slip.unitCode = member.unitCode();
        slip.positionClass = member.positionClass();
        slip.predikat = p;
        slip.total = figures.total();
        figures.lines().forEach(line -> slip.addLine(line.code(), line.amount(), line.rule()));
        if (salary.isPresent() && member.status() == StaffStatus.ACTIVE) {
            List<TppCalculator.Line> lines = salaryLines(salary.get(), member, month);
            lines.forEach(line -> slip.addLine(line.code(), line.amount(), line.rule()));
            slip.salaryTotal = lines.stream().map(TppCalculator.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
        return slip;
    }

    /**
     * Deletes, a chunk per transaction, the slips of a run that nobody can see: those of generations
     * other than the visible one and {@code keep} (replaced, or left by a computation that started over).
     */
    private void purge(long runId, int keep) {
        List<Integer> generations = jpa.txExpr(TransactionType.Supports, em -> {
            int visible = em.find(PayRunEntity.class, runId).generation;
            return em.createQuery("SELECT DISTINCT s.generation FROM SlipEntity s WHERE s.runId = :run", Integer.class)
                    .setParameter("run", runId).getResultList().stream().filter(g -> g != visible && g != keep).toList();
        });
        for (int generation : generations) {
            while (true) {
                // a range of the key's index at a time: the next CHUNK slips in NIP order, their lines with them (ON DELETE CASCADE)
                int deleted = jpa.txExpr(TransactionType.Required, em -> {
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

    /** The start of service a registered person's NIP states (registered, so its birth date was checked then). */
    private static YearMonth serviceStart(StaffMember member) {
        return Nip.parse(member.nip(), member.employmentType(), LocalDate.MAX).serviceStart();
    }

    /** Gaji pokok and family allowance of an active member; a 422 naming the person when the table lacks their row. */
    private static List<TppCalculator.Line> salaryLines(SalaryTable table, StaffMember member, YearMonth month) {
        int years = SalaryTable.masaKerja(serviceStart(member), month);
        return table.lines(member.rank(), years, member.spouseCount() == null ? 0 : member.spouseCount(),
                member.childCount() == null ? 0 : member.childCount()).orElseThrow(() -> KinerjaException.unprocessable("SALARY_ROW_MISSING",
                        "salaryTable", "Tabel gaji " + table.name() + " tidak memuat golongan " + member.rank() + " masa kerja " + years
                                + " tahun (pegawai " + member.nip() + "); impor tabel yang lengkap lalu hitung lagi",
                        "Salary table " + table.name() + " has no row for " + member.rank() + " at " + years + " years (staff " + member.nip()
                                + "); import a complete table and compute again"));
    }

    public List<PayRun> runs() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM PayRunEntity r ORDER BY r.month DESC, r.scope", PayRunEntity.class)
                .getResultList().stream().map(PayRunEntity::toRun).map(this::withJob).toList());
    }

    public PayRun get(long runId) {
        return withJob(jpa.txExpr(TransactionType.Supports, em -> find(em, runId).toRun()));
    }

    /** The run with this node's background job of it, if any: running, the slips to write, why it stopped. */
    private PayRun withJob(PayRun run) {
        Job job = jobs.get(run.id());
        if (job == null || run.computing() == null) {
            return run;
        }
        PayRun.Computing c = run.computing();
        return new PayRun(run.id(), run.month(), run.unitCode(), run.status(), run.policyName(), run.slipCount(), run.total(), run.computedAt(),
                run.computedBy(), run.checkedBy(), run.approvedBy(), run.closedBy(), run.closedAt(),
                new PayRun.Computing(c.since(), c.slipsWritten(), job.slipsToWrite, job.running, job.stopped), run.resumedAfter());
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
