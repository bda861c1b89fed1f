package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageCursor;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.Texts;
import id.kinerja.pay.internal.model.PayRunEntity;
import id.kinerja.pay.internal.model.SlipEntity;

/**
 * What the runs leave for people to read: a run's slips (paged), a person's slip of a month and their
 * months, the run per unit, the treasury's file and the slip as a PDF; always the visible generation
 * of a run, never a computation under way.
 */
@Component(service = PaySlips.class)
public class PaySlips {

    /** EclipseLink's hints to read a page's slip lines with one query. */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    private final JpaTemplate jpa;

    @Activate
    public PaySlips(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference PaySchema schema) {
        this.jpa = jpa;
    }

    public Page<Slip> slips(long runId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PayRunEntity run = PayRunService.find(em, runId);
            // the page's keys from the index (run, generation, unit, NIP, id) alone, then only their slips: a page deep in the
            // list skips index entries, not slips; after a cursor (the unit and NIP of the page before's last slip), it
            // starts there in the index ("<>", not ">", beside the OR: the same slips, and a side no index serves, which
            // PostgreSQL plans without weighing one for it)
            TypedQuery<Long> keys = em.createQuery("SELECT s.id FROM SlipEntity s WHERE s.runId = :run AND s.generation = :generation"
                    + (page.after() == null ? "" : " AND s.unitCode >= :afterUnit AND (s.unitCode <> :afterUnit OR s.nip > :afterNip)")
                    + " ORDER BY s.unitCode, s.nip", Long.class).setParameter("run", runId).setParameter("generation", run.generation);
            if (page.after() != null) {
                List<String> after = page.after().valuesFor(2);
                keys.setParameter("afterUnit", after.get(0)).setParameter("afterNip", after.get(1));
            }
            // (one key more than the page: whether another page follows)
            List<Long> read = keys.setFirstResult(page.after() == null ? page.offset() : 0).setMaxResults(page.limit() + 1).getResultList();
            List<Long> ids = read.subList(0, Math.min(page.limit(), read.size()));
            Map<Long, Slip> byId = new HashMap<>();
            if (!ids.isEmpty()) {
                em.createQuery("SELECT s FROM SlipEntity s WHERE s.id IN :ids", SlipEntity.class).setParameter("ids", ids)
                        .setHint(BATCH, "s.lines").setHint(BATCH_TYPE, "IN").getResultList().forEach(slip -> byId.put(slip.id, slip.toSlip()));
            }
            List<Slip> items = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            Page<Slip> slipsPage = new Page<>(items, run.slipCount, page.offset(), page.limit());
            boolean more = read.size() > page.limit() && !items.isEmpty();
            Slip last = more ? items.get(items.size() - 1) : null;
            return more ? slipsPage.withNext(PageCursor.of(last.unitCode(), last.nip())) : slipsPage;
        });
    }

    public Slip slip(String nip, YearMonth month) {
        return jpa.txExpr(TransactionType.Supports, em -> slipEntity(em, nip, month).toSlip());
    }

    /** A person's slips, the newest month first, each with its run's state (a draft may still change); at most 36 months. */
    public List<SlipMonth> slipsOf(String nip) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s, r.status FROM SlipEntity s, PayRunEntity r"
                + " WHERE r.id = s.runId AND s.generation = r.generation AND s.nip = :nip ORDER BY s.month DESC", Object[].class)
                .setParameter("nip", nip).setMaxResults(36).getResultList().stream().map(row -> {
                    Slip slip = ((SlipEntity) row[0]).toSlip();
                    return new SlipMonth(slip.month(), (PayRun.Status) row[1], slip.predikat(), slip.total(), slip.takeHome());
                }).toList());
    }

    private static SlipEntity slipEntity(EntityManager em, String nip, YearMonth month) {
        return em.createQuery("SELECT s FROM SlipEntity s, PayRunEntity r WHERE r.id = s.runId AND s.generation = r.generation"
                + " AND s.month = :month AND s.nip = :nip", SlipEntity.class)
                .setParameter("month", month.toString()).setParameter("nip", nip).getResultList().stream().findFirst()
                .orElseThrow(() -> KinerjaException.notFound("NO_SLIP", "nip", "Tidak ada slip TPP " + nip + " bulan " + month,
                        "No TPP slip of " + nip + " for " + month));
    }

    /** The run per unit: how many slips and how much, units in code order. */
    public List<UnitTotal> summary(long runId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PayRunEntity run = PayRunService.find(em, runId);
            return em.createQuery("SELECT s.unitCode, COUNT(s), SUM(s.total) FROM SlipEntity s WHERE s.runId = :run"
                    + " AND s.generation = :generation GROUP BY s.unitCode ORDER BY s.unitCode", Object[].class).setParameter("run", runId)
                    .setParameter("generation", run.generation).getResultList().stream()
                    .map(row -> new UnitTotal((String) row[0], ((Number) row[1]).longValue(), (BigDecimal) row[2])).toList();
        });
    }

    /**
     * The treasury's (BPKAD) file of a run: one row per slip with the performance part, the discipline
     * part and the total, then a row of totals that equals the run's total to the rupiah.
     */
    public void export(long runId, Appendable out) throws java.io.IOException {
        List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> {
            PayRunEntity run = PayRunService.find(em, runId);
            return em.createQuery("SELECT s.nip, s.fullName, s.unitCode, s.positionClass, s.predikat, l.code, l.amount, s.total"
                    + " FROM SlipEntity s JOIN s.lines l WHERE s.runId = :run AND s.generation = :generation ORDER BY s.unitCode, s.nip, l.lineNo",
                    Object[].class).setParameter("run", runId).setParameter("generation", run.generation).getResultList();
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
                csv.printRecord(first[0], Texts.csvCell((String) first[1]), Texts.csvCell((String) first[2]), first[3], first[4] == null ? "" : first[4],
                        money(performance), money(discipline),
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
        return jpa.txExpr(TransactionType.Supports, em -> {
            SlipEntity slip = slipEntity(em, nip, month);
            return SlipPdf.render(slip.toSlip(), PayRunService.find(em, slip.runId).policyName);
        });
    }
}
