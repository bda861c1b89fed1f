package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.pay.internal.model.SalaryRowEntity;
import id.kinerja.pay.internal.model.SalaryTableEntity;

/**
 * Versions of the salary table (gaji pokok), imported by the city from the official table: kept as
 * data, never edited; a newer version takes over from its month, earlier runs keep what they showed.
 */
@Component(service = SalaryTableService.class)
public class SalaryTableService {

    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public SalaryTableService(@Reference(target = "(osgi.unit.name=kinerja-pay)") JpaTemplate jpa, @Reference CityTime city,
            @Reference PaySchema schema) {
        this.clock = city.clock();
        this.jpa = jpa;
    }

    /** Imports a version from CSV (see {@link SalaryTableCsv}): all rows or none. */
    public SalaryTableVersion importCsv(Caller caller, String name, String effectiveFrom, String csv) {
        String actor = caller.actingNip();
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw KinerjaException.badRequest("NAME_REQUIRED", "name", "Nama tabel wajib diisi (paling panjang 200), mis. PP 5/2024",
                    "The table's name is required (at most 200 characters), e.g. PP 5/2024");
        }
        YearMonth from = Dates.month("effectiveFrom", effectiveFrom);
        Map<String, NavigableMap<Integer, BigDecimal>> rows = SalaryTableCsv.parse(csv);
        return jpa.txExpr(TransactionType.Required, em -> {
            SalaryTableEntity table = new SalaryTableEntity();
            table.name = name.strip();
            table.effectiveFrom = from.toString();
            table.importedAt = Timestamp.from(clock.instant());
            table.importedBy = actor;
            table.rowCount = rows.values().stream().mapToInt(Map::size).sum();
            em.persist(table);
            em.flush();
            rows.forEach((rank, byYears) -> byYears.forEach((years, amount) -> {
                SalaryRowEntity row = new SalaryRowEntity();
                row.tableId = table.id;
                row.rank = rank;
                row.years = years;
                row.amount = amount;
                em.persist(row);
            }));
            return version(table);
        });
    }

    /** Every version, the one in force latest first. */
    public List<SalaryTableVersion> versions() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT t FROM SalaryTableEntity t ORDER BY t.effectiveFrom DESC, t.id DESC", SalaryTableEntity.class).getResultList().stream()
                .map(SalaryTableService::version).toList());
    }

    public SalaryTableDetail get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            SalaryTableEntity table = em.find(SalaryTableEntity.class, id);
            if (table == null) {
                throw KinerjaException.notFound("SALARY_TABLE_NOT_FOUND", null, "Tabel gaji " + id + " tidak ditemukan",
                        "Salary table " + id + " not found");
            }
            List<SalaryTableRow> rows = new java.util.ArrayList<>();
            rows(em, id).forEach((rank, byYears) -> byYears.forEach((years, amount) -> rows.add(new SalaryTableRow(rank, years, amount))));
            return new SalaryTableDetail(version(table), rows);
        });
    }

    /** The version in force for a month: the latest imported of those effective from that month or before. */
    public Optional<SalaryTable> inForce(YearMonth month) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT t FROM SalaryTableEntity t WHERE t.effectiveFrom <= :month"
                + " ORDER BY t.effectiveFrom DESC, t.id DESC", SalaryTableEntity.class).setParameter("month", month.toString()).setMaxResults(1)
                .getResultList().stream().findFirst()
                .map(t -> new SalaryTable(t.id, t.name, YearMonth.parse(t.effectiveFrom), rows(em, t.id))));
    }

    private static Map<String, NavigableMap<Integer, BigDecimal>> rows(EntityManager em, long tableId) {
        Map<String, NavigableMap<Integer, BigDecimal>> rows = new TreeMap<>();
        em.createQuery("SELECT r FROM SalaryRowEntity r WHERE r.tableId = :table", SalaryRowEntity.class).setParameter("table", tableId)
                .getResultList().forEach(r -> rows.computeIfAbsent(r.rank, k -> new TreeMap<>()).put(r.years, r.amount));
        return rows;
    }

    private static SalaryTableVersion version(SalaryTableEntity t) {
        return new SalaryTableVersion(t.id, t.name, t.effectiveFrom, t.rowCount, t.importedAt.toInstant(), t.importedBy);
    }
}
