package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.staff.StaffStatus;

/**
 * The monthly TPP of one person by a policy, every component with the rule that produced it, so that
 * the slip explains itself. Amounts are exact until each part is rounded; the total is the sum of the
 * rounded parts, so that slips and the treasury's totals reconcile to the rupiah.
 */
public final class TppCalculator {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One line of a slip: a code, the amount (may be negative for a deduction) and the rule, in Bahasa Indonesia. */
    public record Line(String code, BigDecimal amount, String rule) {
    }

    /** The computed slip figures. */
    public record Figures(List<Line> lines, BigDecimal total) {
    }

    private TppCalculator() {
    }

    public static Figures compute(PayPolicy policy, int positionClass, StaffStatus status, Predikat predikat,
            List<DisciplineEvent> events) {
        List<Line> lines = new ArrayList<>();
        if (status != StaffStatus.ACTIVE) {
            lines.add(new Line("NOT_PAID", BigDecimal.ZERO, "Status " + status + ": TPP tidak dibayarkan bulan ini"));
            return new Figures(lines, BigDecimal.ZERO);
        }
        BigDecimal base = policy.base(positionClass);
        lines.add(new Line("BASE", base, "TPP dasar kelas jabatan " + positionClass + " (kebijakan " + policy.name() + ")"));

        BigDecimal performanceFull = percent(base, policy.performancePercent());
        BigDecimal factor = predikat == null ? policy.noPredikatPercent() : policy.predikatPercent().get(predikat);
        BigDecimal performance = round(percent(performanceFull, factor), policy);
        lines.add(new Line("PERFORMANCE", performance, policy.performancePercent().stripTrailingZeros().toPlainString()
                + "% untuk kinerja x " + factor.stripTrailingZeros().toPlainString() + "% ("
                + (predikat == null ? "belum ada predikat final" : "predikat " + predikat.label()) + ")"));

        BigDecimal disciplineFull = base.subtract(performanceFull);
        BigDecimal deduction = BigDecimal.ZERO;
        List<String> reasons = new ArrayList<>();
        for (DisciplineEvent e : events) {
            switch (e.kind()) {
                case LATE, EARLY_LEAVE -> {
                    BigDecimal p = policy.latenessPercent(e.minutes());
                    deduction = deduction.add(p);
                    reasons.add(e.date() + (e.kind() == DisciplineEvent.Kind.LATE ? " terlambat " : " pulang cepat ") + e.minutes() + " menit: "
                            + p.stripTrailingZeros().toPlainString() + "%");
                }
                case ABSENT -> {
                    deduction = deduction.add(policy.absenceDayPercent());
                    reasons.add(e.date() + " tanpa keterangan: " + policy.absenceDayPercent().stripTrailingZeros().toPlainString() + "%");
                }
                case LEAVE -> {
                    // approved leave never deducts
                }
            }
        }
        boolean capped = deduction.compareTo(policy.deductionCapPercent()) > 0;
        BigDecimal applied = capped ? policy.deductionCapPercent() : deduction;
        BigDecimal discipline = round(percent(disciplineFull, HUNDRED.subtract(applied)), policy);
        lines.add(new Line("DISCIPLINE", discipline, HUNDRED.subtract(policy.performancePercent()).stripTrailingZeros().toPlainString()
                + "% untuk disiplin, potongan " + applied.stripTrailingZeros().toPlainString() + "%"
                + (capped ? " (batas " + policy.deductionCapPercent().stripTrailingZeros().toPlainString() + "%)" : "")
                + (reasons.isEmpty() ? "" : ": " + String.join("; ", reasons))));
        return new Figures(lines, performance.add(discipline));
    }

    static BigDecimal percent(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED);
    }

    /** Half up to a multiple of the policy's rounding unit. */
    static BigDecimal round(BigDecimal amount, PayPolicy policy) {
        BigDecimal unit = policy.roundTo();
        return amount.divide(unit, 0, RoundingMode.HALF_UP).multiply(unit);
    }
}
