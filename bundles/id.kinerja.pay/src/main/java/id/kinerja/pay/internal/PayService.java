package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatService;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.pay.internal.model.DisciplineEventEntity;
import id.kinerja.pay.internal.model.PayRunEntity;
import id.kinerja.pay.internal.model.SlipEntity;
import id.kinerja.pay.internal.model.SlipLineEmbeddable;

/**
 * Discipline events and monthly runs. A run is computed in one transaction: all its slips appear
 * together or not at all, and recomputing a draft replaces them (never duplicates).
 */
@Component(service = PayService.class)
public class PayService {

    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final int MAX_EVENTS_PER_REQUEST = 200_000;
    static final int FLUSH_EVERY = 500;
    static final int LOOKUPS_ONE_BY_ONE = 20;

    private final JpaTemplate jpa;
    private final StaffService staff;
    private final PredikatService predikat;
    private final Clock clock = Clock.system(ZONE);
    private final List<PolicySource> policies = new CopyOnWriteArrayList<>();

    @Activate
    public PayService(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference StaffService staff,
            @Reference PredikatService predikat, @Reference PaySchema schema) {
        this.jpa = jpa;
        this.staff = staff;
        this.predikat = predikat;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPolicy(PolicySource policy) {
        policies.add(policy);
    }

    void removePolicy(PolicySource policy) {
        policies.remove(policy);
    }

    /** The policy in force for a month: the latest one effective from that month or before. */
    Optional<PayPolicy> policyFor(YearMonth month) {
        return policies.stream().map(PolicySource::policy).filter(p -> p != null && !p.effectiveFrom().isAfter(month))
                .max(Comparator.comparing(PayPolicy::effectiveFrom));
    }

    /** A policy as the administrator sees it in the list. */
    public record PolicySummary(String name, String effectiveFrom) {
    }

    /** The policies configured, the latest first. */
    public List<PolicySummary> policies() {
        return policies.stream().map(PolicySource::policy).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(PayPolicy::effectiveFrom).reversed())
                .map(p -> new PolicySummary(p.name(), p.effectiveFrom().toString())).toList();
    }

    /** Records (or replaces, same person, day and kind) discipline events; all or none. */
    public int record(String actorNip, List<DisciplineEvent> events) {
        actor(actorNip);
        if (events == null || events.isEmpty() || events.size() > MAX_EVENTS_PER_REQUEST) {
            throw KinerjaException.badRequest("EVENTS_REQUIRED", "events", "Kirim 1 sampai " + MAX_EVENTS_PER_REQUEST + " kejadian",
                    "Send 1 to " + MAX_EVENTS_PER_REQUEST + " events");
        }
        Set<String> registered = registeredAmong(events);
        for (int i = 0; i < events.size(); i++) {
            DisciplineEvent e = events.get(i);
            String field = "events[" + i + "]";
            if (e == null || e.nip() == null || e.date() == null || e.kind() == null) {
                throw KinerjaException.badRequest("REQUIRED", field, "nip, date dan kind wajib diisi", "nip, date and kind are required");
            }
            boolean timed = e.kind() == DisciplineEvent.Kind.LATE || e.kind() == DisciplineEvent.Kind.EARLY_LEAVE;
            if (timed ? e.minutes() < 1 || e.minutes() > 24 * 60 : e.minutes() != 0) {
                throw KinerjaException.badRequest("INVALID_MINUTES", field + ".minutes",
                        "Menit 1..1440 untuk LATE/EARLY_LEAVE, 0 untuk yang lain", "Minutes 1..1440 for LATE/EARLY_LEAVE, 0 otherwise");
            }
            if (e.date().isAfter(LocalDate.now(clock))) {
                throw KinerjaException.unprocessable("DATE_IN_FUTURE", field + ".date", "Tanggal di masa depan", "The date is in the future");
            }
            if (!registered.contains(e.nip())) {
                throw KinerjaException.unprocessable("STAFF_NOT_FOUND", field + ".nip", "Pegawai " + e.nip() + " tidak terdaftar",
                        "No staff member " + e.nip());
            }
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            for (int i = 0; i < events.size(); i++) {
                DisciplineEvent e = events.get(i);
                YearMonth month = YearMonth.from(e.date());
                Optional<PayRunEntity> run = run(em, month);
                if (run.isPresent() && run.get().status != PayRun.Status.DRAFT) {
                    throw KinerjaException.unprocessable("MONTH_CLOSED", "events[" + i + "].date", "TPP bulan " + month
                            + " sudah diperiksa atau ditutup; kejadian tidak dapat diubah", "The TPP run of " + month + " is past draft");
                }
                em.createQuery("DELETE FROM DisciplineEventEntity d WHERE d.nip = :nip AND d.date = :date AND d.kind = :kind")
                        .setParameter("nip", e.nip()).setParameter("date", Date.valueOf(e.date())).setParameter("kind", e.kind()).executeUpdate();
                DisciplineEventEntity entity = new DisciplineEventEntity();
                entity.nip = e.nip();
                entity.date = Date.valueOf(e.date());
                entity.month = month.toString();
                entity.kind = e.kind();
                entity.minutes = e.minutes();
                entity.note = e.note() == null || e.note().isBlank() ? null : e.note().strip();
                entity.recordedAt = Timestamp.from(clock.instant());
                em.persist(entity);
            }
            return events.size();
        });
    }

    /** Records the events of a CSV file (see {@link DisciplineCsv}); all or none. */
    public int importCsv(String actorNip, String csv) {
        actor(actorNip);
        return record(actorNip, DisciplineCsv.parse(csv));
    }

    /**
     * The NIPs of the events that are registered staff: one lookup each for a handful, the registry
     * read page by page (a query per 500 staff) for a month's import instead of a query per person.
     */
    private Set<String> registeredAmong(List<DisciplineEvent> events) {
        Set<String> wanted = new HashSet<>();
        events.stream().filter(e -> e != null && e.nip() != null).forEach(e -> wanted.add(e.nip()));
        Set<String> registered = new HashSet<>();
        if (wanted.size() <= LOOKUPS_ONE_BY_ONE) {
            wanted.stream().filter(nip -> staff.find(nip).isPresent()).forEach(registered::add);
        } else {
            allStaff().stream().map(StaffMember::nip).filter(wanted::contains).forEach(registered::add);
        }
        return registered;
    }

    public List<DisciplineEvent> events(String nip, YearMonth month) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d FROM DisciplineEventEntity d WHERE d.nip = :nip"
                + " AND d.month = :month ORDER BY d.date", DisciplineEventEntity.class).setParameter("nip", nip)
                .setParameter("month", month.toString()).getResultList().stream().map(DisciplineEventEntity::toEvent).toList());
    }

    /** Computes (or recomputes, while DRAFT) the run of a month for every staff member. */
    public PayRun compute(String actorNip, YearMonth month) {
        String actor = actor(actorNip);
        PayPolicy policy = policyFor(month).orElseThrow(() -> KinerjaException.unprocessable("NO_POLICY", "month",
                "Belum ada kebijakan TPP yang berlaku untuk " + month, "No TPP policy is in force for " + month));
        List<StaffMember> everyone = allStaff();
        Map<String, Predikat> predikatByNip = new HashMap<>();
        for (PredikatRecord r : predikat.latestFinal(month.atEndOfMonth())) {
            predikatByNip.put(r.nip(), r.predikat());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PayRunEntity run = run(em, month).orElse(null);
            if (run != null && run.status != PayRun.Status.DRAFT) {
                throw KinerjaException.conflict("RUN_NOT_DRAFT", "month", "TPP bulan " + month + " sudah " + run.status
                        + "; tidak dihitung ulang", "The run of " + month + " is " + run.status + " and is not recomputed");
            }
            Map<String, List<DisciplineEvent>> eventsByNip = new HashMap<>();
            em.createQuery("SELECT d FROM DisciplineEventEntity d WHERE d.month = :month", DisciplineEventEntity.class)
                    .setParameter("month", month.toString()).getResultList()
                    .forEach(d -> eventsByNip.computeIfAbsent(d.nip, k -> new ArrayList<>()).add(d.toEvent()));
            if (run == null) {
                run = new PayRunEntity();
                run.month = month.toString();
                run.status = PayRun.Status.DRAFT;
            } else {
                em.createQuery("DELETE FROM SlipEntity s WHERE s.runId = :run").setParameter("run", run.id).executeUpdate();
            }
            run.policyName = policy.name();
            run.computedAt = Timestamp.from(clock.instant());
            run.computedBy = actor;
            run.slipCount = 0;
            run.total = BigDecimal.ZERO;
            if (run.id == null) {
                em.persist(run);
                em.flush();
            }
            BigDecimal total = BigDecimal.ZERO;
            int count = 0;
            for (StaffMember member : everyone) {
                Predikat p = predikatByNip.get(member.nip());
                TppCalculator.Figures figures = TppCalculator.compute(policy, member.positionClass(), member.status(), p,
                        eventsByNip.getOrDefault(member.nip(), List.of()));
                SlipEntity slip = new SlipEntity();
                slip.runId = run.id;
                slip.nip = member.nip();
                slip.fullName = member.fullName();
                slip.unitCode = member.unitCode();
                slip.positionClass = member.positionClass();
                slip.predikat = p;
                slip.total = figures.total();
                int lineNo = 0;
                for (TppCalculator.Line line : figures.lines()) {
                    slip.lines.add(new SlipLineEmbeddable(++lineNo, line.code(), line.amount(), line.rule()));
                }
                em.persist(slip);
                total = total.add(figures.total());
                count++;
                if (count % FLUSH_EVERY == 0) {
                    // keep the unit of work small: written slips need no change tracking
                    em.flush();
                    em.clear();
                }
            }
            PayRunEntity written = em.find(PayRunEntity.class, run.id);
            written.slipCount = count;
            written.total = total.setScale(2);
            return written.toRun();
        });
    }

    /** DRAFT → CHECKED → APPROVED → CLOSED, one step at a time. */
    public PayRun advance(String actorNip, long runId, PayRun.Status to) {
        String actor = actor(actorNip);
        return jpa.txExpr(TransactionType.Required, em -> {
            PayRunEntity run = find(em, runId);
            PayRun.Status expected = switch (to) {
                case CHECKED -> PayRun.Status.DRAFT;
                case APPROVED -> PayRun.Status.CHECKED;
                case CLOSED -> PayRun.Status.APPROVED;
                case DRAFT -> throw KinerjaException.badRequest("INVALID_STEP", "status", "Tidak kembali ke draf", "No way back to draft");
            };
            if (run.status != expected) {
                throw KinerjaException.conflict("INVALID_STEP", "status", "TPP " + run.month + " berstatus " + run.status + ", bukan " + expected,
                        "The run of " + run.month + " is " + run.status + ", not " + expected);
            }
            run.status = to;
            switch (to) {
                case CHECKED -> run.checkedBy = actor;
                case APPROVED -> run.approvedBy = actor;
                case CLOSED -> {
                    run.closedBy = actor;
                    run.closedAt = Timestamp.from(clock.instant());
                }
                default -> {
                }
            }
            return run.toRun();
        });
    }

    public List<PayRun> runs() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM PayRunEntity r ORDER BY r.month DESC", PayRunEntity.class)
                .getResultList().stream().map(PayRunEntity::toRun).toList());
    }

    public PayRun get(long runId) {
        return jpa.txExpr(TransactionType.Supports, em -> find(em, runId).toRun());
    }

    public Page<Slip> slips(long runId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PayRunEntity run = find(em, runId);
            List<Slip> items = em.createQuery("SELECT s FROM SlipEntity s WHERE s.runId = :run ORDER BY s.unitCode, s.nip", SlipEntity.class)
                    .setParameter("run", runId).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(s -> s.toSlip(run.month)).toList();
            return new Page<>(items, run.slipCount, page.offset(), page.limit());
        });
    }

    public Slip slip(String nip, YearMonth month) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PayRunEntity run = run(em, month).orElseThrow(() -> KinerjaException.notFound("NO_RUN", "month",
                    "TPP bulan " + month + " belum dihitung", "No TPP run for " + month));
            return em.createQuery("SELECT s FROM SlipEntity s WHERE s.runId = :run AND s.nip = :nip", SlipEntity.class)
                    .setParameter("run", run.id).setParameter("nip", nip).getResultList().stream().findFirst()
                    .map(s -> s.toSlip(run.month)).orElseThrow(() -> KinerjaException.notFound("NO_SLIP", "nip",
                            "Tidak ada slip TPP " + nip + " bulan " + month, "No TPP slip of " + nip + " for " + month));
        });
    }

    /** One person's yearly bonus. */
    public record Bonus(String nip, String fullName, String unitCode, int positionClass, Predikat predikat, @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) BigDecimal amount,
            String rule) {
    }

    /** The bonuses of a year and their total. */
    public record YearlyBonus(int year, String policyName, List<Bonus> items, @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) BigDecimal total) {
    }

    /** A promotion/recognition candidate for the personnel office. */
    public record Candidate(String nip, String fullName, String unitCode, String rank, String positionName, Predikat predikat,
            List<Integer> years) {
    }

    /** The yearly bonus of everyone with an annual predikat that earns one, by the policy in force in December. */
    public YearlyBonus bonuses(int year) {
        PayPolicy policy = policyOfYear(year);
        Map<String, Predikat> annual = new HashMap<>();
        predikat.annualFor(year).forEach(r -> annual.put(r.nip(), r.predikat()));
        List<Bonus> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (StaffMember member : allStaff()) {
            Predikat p = annual.get(member.nip());
            BigDecimal amount = YearlyAwards.bonus(policy, member.positionClass(), member.status(), p);
            if (amount.signum() > 0) {
                items.add(new Bonus(member.nip(), member.fullName(), member.unitCode(), member.positionClass(), p,
                        amount.setScale(2), YearlyAwards.rule(policy, member.positionClass(), p)));
                total = total.add(amount);
            }
        }
        return new YearlyBonus(year, policy.name(), items, total.setScale(2));
    }

    /** Staff with the policy's predikat every year running up to {@code year}: candidates for promotion or recognition. */
    public List<Candidate> candidates(int year) {
        PayPolicy policy = policyOfYear(year);
        Map<String, Map<Integer, Predikat>> byNip = new HashMap<>();
        for (int y : YearlyAwards.years(policy, year)) {
            predikat.annualFor(y).forEach(r -> byNip.computeIfAbsent(r.nip(), k -> new HashMap<>()).put(y, r.predikat()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (StaffMember member : allStaff()) {
            Map<Integer, Predikat> annual = byNip.get(member.nip());
            if (member.status() == StaffStatus.ACTIVE && annual != null && YearlyAwards.candidate(policy, year, annual)) {
                candidates.add(new Candidate(member.nip(), member.fullName(), member.unitCode(), member.rank(), member.positionName(),
                        policy.recognitionPredikat(), YearlyAwards.years(policy, year)));
            }
        }
        return candidates;
    }

    private PayPolicy policyOfYear(int year) {
        if (year < 2000 || year > 2100) {
            throw KinerjaException.badRequest("INVALID_YEAR", "year", "Tahun tidak valid: " + year, "Invalid year: " + year);
        }
        return policyFor(YearMonth.of(year, 12)).orElseThrow(() -> KinerjaException.unprocessable("NO_POLICY", "year",
                "Belum ada kebijakan TPP yang berlaku untuk " + year, "No TPP policy is in force for " + year));
    }

    /** Slips and totals of one unit in a run. */
    public record UnitTotal(String unitCode, long slips, @com.fasterxml.jackson.annotation.JsonFormat(shape = com.fasterxml.jackson.annotation.JsonFormat.Shape.STRING) BigDecimal total) {
    }

    /** The run per unit: how many slips and how much, units in code order. */
    public List<UnitTotal> summary(long runId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            find(em, runId);
            return em.createQuery("SELECT s.unitCode, COUNT(s), SUM(s.total) FROM SlipEntity s WHERE s.runId = :run"
                    + " GROUP BY s.unitCode ORDER BY s.unitCode", Object[].class).setParameter("run", runId).getResultList().stream()
                    .map(row -> new UnitTotal((String) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2])).toList();
        });
    }

    /**
     * The treasury's (BPKAD) file of a run: one row per slip with the performance part, the discipline
     * part and the total, then a row of totals that equals the run's total to the rupiah.
     */
    public void export(long runId, Appendable out) throws java.io.IOException {
        List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> {
            find(em, runId);
            return em.createQuery("SELECT s.nip, s.fullName, s.unitCode, s.positionClass, s.predikat, l.code, l.amount, s.total"
                    + " FROM SlipEntity s JOIN s.lines l WHERE s.runId = :run ORDER BY s.unitCode, s.nip, l.lineNo", Object[].class)
                    .setParameter("run", runId).getResultList();
        });
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader("nip", "namaLengkap", "unitKerja", "kelasJabatan", "predikat", "tppKinerja", "tppDisiplin", "jumlah").build())) {
            BigDecimal sumPerformance = BigDecimal.ZERO;
            BigDecimal sumDiscipline = BigDecimal.ZERO;
            BigDecimal sumTotal = BigDecimal.ZERO;
            for (int i = 0; i < rows.size();) {
                Object[] first = rows.get(i);
                BigDecimal performance = BigDecimal.ZERO;
                BigDecimal discipline = BigDecimal.ZERO;
                for (; i < rows.size() && rows.get(i)[0].equals(first[0]); i++) {
                    String code = (String) rows.get(i)[5];
                    BigDecimal amount = (BigDecimal) rows.get(i)[6];
                    if ("PERFORMANCE".equals(code)) {
                        performance = amount;
                    } else if ("DISCIPLINE".equals(code)) {
                        discipline = amount;
                    }
                }
                BigDecimal total = (BigDecimal) first[7];
                csv.printRecord(first[0], first[1], first[2], first[3], first[4] == null ? "" : first[4], money(performance), money(discipline),
                        money(total));
                sumPerformance = sumPerformance.add(performance);
                sumDiscipline = sumDiscipline.add(discipline);
                sumTotal = sumTotal.add(total);
            }
            csv.printRecord("JUMLAH", "", "", "", "", money(sumPerformance), money(sumDiscipline), money(sumTotal));
        }
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    /** The slip as a PDF for the employee. */
    public byte[] slipPdf(String nip, YearMonth month) {
        Slip slip = slip(nip, month);
        String policy = jpa.txExpr(TransactionType.Supports, em -> run(em, month).map(r -> r.policyName).orElse(""));
        return SlipPdf.render(slip, policy);
    }

    private List<StaffMember> allStaff() {
        List<StaffMember> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<StaffMember> page = staff.list(StaffQuery.ALL, PageRequest.of(offset, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    private String actor(String actorNip) {
        if (actorNip == null || actorNip.isBlank() || staff.find(actorNip.strip()).isEmpty()) {
            throw KinerjaException.badRequest("ACTOR_REQUIRED", "actorNip", "NIP pelaku (header X-Kinerja-NIP) wajib diisi dan terdaftar",
                    "The acting person's NIP (header X-Kinerja-NIP) is required and must be registered");
        }
        return actorNip.strip();
    }

    private static Optional<PayRunEntity> run(EntityManager em, YearMonth month) {
        return em.createQuery("SELECT r FROM PayRunEntity r WHERE r.month = :month", PayRunEntity.class)
                .setParameter("month", month.toString()).getResultList().stream().findFirst();
    }

    private static PayRunEntity find(EntityManager em, long runId) {
        PayRunEntity run = em.find(PayRunEntity.class, runId);
        if (run == null) {
            throw KinerjaException.notFound("RUN_NOT_FOUND", null, "TPP run " + runId + " tidak ditemukan", "Run " + runId + " not found");
        }
        return run;
    }
}
