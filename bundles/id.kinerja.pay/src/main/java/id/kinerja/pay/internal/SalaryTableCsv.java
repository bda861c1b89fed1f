package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.Rank;

/**
 * A salary table as CSV (see {@link Csv}): columns {@code golongan} (PNS {@code III/a}, PPPK grade
 * {@code IX}), {@code masaKerja} (whole years, 0..{@value #MAX_YEARS}) and {@code gajiPokok} (rupiah,
 * at most two decimals), one row per cell of the official table.
 */
final class SalaryTableCsv {

    static final int MAX_YEARS = 40;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private SalaryTableCsv() {
    }

    static Map<String, NavigableMap<Integer, BigDecimal>> parse(String text) {
        Map<String, NavigableMap<Integer, BigDecimal>> rows = new TreeMap<>();
        Csv.read(text, List.of("golongan", "masaKerja", "gajiPokok"), (row, errors) -> {
            int n = row.number();
            Optional<String> rank = canonical(row.cell("golongan"));
            if (rank.isEmpty()) {
                errors.add(new ErrorDetail(n, "golongan", "INVALID_RANK", "Golongan tidak dikenal (contoh III/a, atau IX untuk PPPK)",
                        "Unknown rank (e.g. III/a, or IX for PPPK)"));
            }
            Integer years = null;
            try {
                years = Integer.valueOf(row.cell("masaKerja"));
                if (years < 0 || years > MAX_YEARS) {
                    years = null;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            if (years == null) {
                errors.add(new ErrorDetail(n, "masaKerja", "INVALID_YEARS", "Masa kerja harus bilangan bulat 0.." + MAX_YEARS,
                        "Masa kerja must be a whole number 0.." + MAX_YEARS));
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(row.cell("gajiPokok"));
                if (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(MAX_AMOUNT) > 0) {
                    amount = null;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            if (amount == null) {
                errors.add(new ErrorDetail(n, "gajiPokok", "INVALID_AMOUNT", "Gaji pokok harus angka rupiah positif (tanpa pemisah ribuan)",
                        "Gaji pokok must be a positive rupiah amount (no thousands separators)"));
            }
            if (rank.isPresent() && years != null && amount != null
                    && rows.computeIfAbsent(rank.get(), k -> new TreeMap<>()).putIfAbsent(years, amount) != null) {
                errors.add(new ErrorDetail(n, "masaKerja", "DUPLICATE_ROW", "Baris " + rank.get() + " masa kerja " + years + " sudah ada",
                        "Row " + rank.get() + " masa kerja " + years + " appears twice"));
            }
        });
        if (rows.isEmpty()) {
            throw KinerjaException.unprocessable("EMPTY_TABLE", "file", "Tabel gaji tidak berisi baris", "The salary table has no rows");
        }
        return rows;
    }

    private static Optional<String> canonical(String rank) {
        return Stream.concat(Rank.PNS_RANKS.stream(), Rank.PPPK_GRADES.stream()).filter(r -> r.equalsIgnoreCase(rank)).findFirst();
    }
}
