package id.kinerja.complaints.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.complaints.internal.model.ComplaintEntity;
import id.kinerja.core.api.KinerjaException;

/** The figures of complaints: a unit's or a person's period for the appraisal, the dashboard per unit and month, its CSV. */
@Component(service = ComplaintReports.class)
public class ComplaintReports {

    private final JpaTemplate jpa;
    private final ComplaintRecords records;

    @Activate
    public ComplaintReports(@Reference(target = "(osgi.unit.name=kinerja-complaints)") JpaTemplate jpa, @Reference ComplaintRecords records) {
        this.jpa = jpa;
        this.records = records;
    }

    Figures figures(String unitCode, String responsibleNip, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<ComplaintEntity> list;
            Timestamp start = Timestamp.from(from.atStartOfDay(records.zone()).toInstant());
            Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(records.zone()).toInstant());
            if (responsibleNip != null) {
                list = em.createQuery("SELECT c FROM ComplaintEntity c, ResponsibleEntity r WHERE r.complaintId = c.id AND r.nip = :nip"
                        + " AND c.receivedAt >= :start AND c.receivedAt < :end", ComplaintEntity.class).setParameter("nip", responsibleNip)
                        .setParameter("start", start).setParameter("end", end).getResultList();
            } else {
                list = em.createQuery("SELECT c FROM ComplaintEntity c WHERE c.unitCode = :unit AND c.receivedAt >= :start AND c.receivedAt < :end",
                        ComplaintEntity.class).setParameter("unit", unitCode).setParameter("start", start).setParameter("end", end).getResultList();
            }
            LocalDate today = records.today();
            long answered = list.stream().filter(c -> c.answeredAt != null).count();
            long inTime = list.stream().filter(c -> c.answeredAt != null && c.answerDue != null
                    && !LocalDate.ofInstant(c.answeredAt.toInstant(), records.zone()).isAfter(c.answerDue)).count();
            long open = list.stream().filter(c -> c.status.isOpen()).count();
            long overdue = list.stream().filter(c -> c.status.isOpen() && records.deadline(c, today) != null && records.deadline(c, today).overdue()).count();
            List<Integer> ratings = list.stream().map(c -> c.rating).filter(java.util.Objects::nonNull).toList();
            BigDecimal satisfaction = ratings.isEmpty() ? null : BigDecimal.valueOf(ratings.stream().mapToInt(Integer::intValue).sum())
                    .divide(BigDecimal.valueOf(ratings.size()), 2, java.math.RoundingMode.HALF_UP);
            return new Figures(list.size(), answered, inTime, open, overdue, ratings.size(), satisfaction);
        });
    }

    /** The dashboard as CSV with a header row in Bahasa Indonesia. */
    public void dashboardCsv(java.time.YearMonth from, java.time.YearMonth to, Appendable out) throws java.io.IOException {
        try (org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader("bulan", "unitKerja", "diterima", "dijawab", "medianJamMenjawab", "persenTepatWaktu", "dinilai", "kepuasan").build())) {
            for (ComplaintStats.Row r : dashboard(from, to)) {
                csv.printRecord(r.month(), id.kinerja.core.api.Texts.csvCell(r.unitCode()), r.received(), r.answered(), plain(r.medianHoursToAnswer()), plain(r.answeredInTimePercent()),
                        r.rated(), plain(r.satisfaction()));
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The dashboard of the months {@code from}..{@code to} (at most 36). */
    public List<ComplaintStats.Row> dashboard(java.time.YearMonth from, java.time.YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(36).isBefore(to)) {
            throw KinerjaException.badRequest("INVALID_RANGE", "to", "Rentang bulan tidak valid (paling panjang 36 bulan)",
                    "Invalid range of months (at most 36)");
        }
        Timestamp start = Timestamp.from(from.atDay(1).atStartOfDay(records.zone()).toInstant());
        Timestamp end = Timestamp.from(to.plusMonths(1).atDay(1).atStartOfDay(records.zone()).toInstant());
        List<ComplaintStats.Item> items = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT c FROM ComplaintEntity c"
                + " WHERE c.receivedAt >= :start AND c.receivedAt < :end", ComplaintEntity.class).setParameter("start", start).setParameter("end", end)
                .getResultList().stream().map(c -> new ComplaintStats.Item(c.unitCode, c.receivedAt.toInstant(),
                        c.answeredAt == null ? null : c.answeredAt.toInstant(), c.answerDue == null ? null : c.answerDue, c.rating))
                .toList());
        return ComplaintStats.rows(items, records.zone());
    }
}
