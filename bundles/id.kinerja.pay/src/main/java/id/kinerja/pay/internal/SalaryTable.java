package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * A version of the national salary table (gaji pokok by golongan/grade and masa kerja golongan, e.g.
 * PP 15/2019 as raised by PP 5/2024), imported by the city, and the family allowance figured from it:
 * spouse 10% of the gaji pokok, each child 2%, at most two children. A person's row is the one of
 * their rank with the greatest masa kerja not above theirs (the official tables step by two years).
 *
 * @param rows amounts by rank, then by masa kerja in whole years
 */
public record SalaryTable(long id, String name, YearMonth effectiveFrom, Map<String, NavigableMap<Integer, BigDecimal>> rows) {

    public static final String GAJI_POKOK = "GAJI_POKOK";
    public static final String SPOUSE = "TUNJANGAN_SUAMI_ISTRI";
    public static final String CHILDREN = "TUNJANGAN_ANAK";
    static final BigDecimal SPOUSE_PERCENT = BigDecimal.TEN;
    static final BigDecimal CHILD_PERCENT = BigDecimal.valueOf(2);
    static final int MAX_CHILDREN = 2;

    /** Masa kerja golongan in whole years on the first of {@code month}, counted from the TMT of entering service. */
    public static int masaKerja(YearMonth serviceStart, YearMonth month) {
        return (int) Math.max(0, ChronoUnit.YEARS.between(serviceStart, month));
    }

    /**
     * The salary lines of a person, or empty when the table has no row for their rank and masa kerja.
     * Amounts in whole rupiah (the family allowance rounded half up).
     */
    public Optional<List<TppCalculator.Line>> lines(String rank, int masaKerja, int spouses, int children) {
        NavigableMap<Integer, BigDecimal> byYears = rows.get(rank);
        Map.Entry<Integer, BigDecimal> row = byYears == null ? null : byYears.floorEntry(masaKerja);
        if (row == null) {
            return Optional.empty();
        }
        BigDecimal gaji = row.getValue();
        List<TppCalculator.Line> lines = new ArrayList<>();
        lines.add(new TppCalculator.Line(GAJI_POKOK, gaji, "Gaji pokok golongan " + rank + ", masa kerja golongan " + masaKerja
                + " tahun (baris " + row.getKey() + " tahun, tabel " + name + " mulai " + effectiveFrom + ")"));
        if (spouses > 0) {
            lines.add(new TppCalculator.Line(SPOUSE, percent(gaji, SPOUSE_PERCENT), "10% dari gaji pokok"));
        }
        int counted = Math.min(children, MAX_CHILDREN);
        if (counted > 0) {
            lines.add(new TppCalculator.Line(CHILDREN, percent(gaji, CHILD_PERCENT.multiply(BigDecimal.valueOf(counted))),
                    counted + " anak x 2% dari gaji pokok" + (children > MAX_CHILDREN ? " (paling banyak 2 anak dari " + children + ")" : "")));
        }
        return Optional.of(lines);
    }

    private static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(TppCalculator.HUNDRED, 0, RoundingMode.HALF_UP);
    }
}
