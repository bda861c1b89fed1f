package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.kinerja.appraisal.api.Predikat;

/**
 * A city's TPP policy in force from a month on (see {@code docs/pay.md}): the base amount per
 * position class, the split between the performance part and the discipline part, how each predikat
 * scales the performance part, the discipline deductions and their cap, and the rounding.
 *
 * @param baseByClass base monthly TPP for position class 1..17 (index 0 is class 1), in rupiah
 * @param performancePercent share of the performance part (the rest is the discipline part)
 * @param predikatPercent how much of the performance part each predikat earns
 * @param noPredikatPercent what earns a person without a final predikat yet
 * @param latenessBrackets deduction per late arrival or early leave, by minutes, in percent of the discipline part
 * @param absenceDayPercent deduction per day absent without notice, in percent of the discipline part
 * @param deductionCapPercent the most the discipline part loses
 * @param roundTo amounts are rounded half up to a multiple of this many rupiah
 * @param bonusPercent the yearly bonus, in percent of the base, by annual predikat (absent: none)
 * @param recognitionPredikat the annual predikat that makes a promotion/recognition candidate
 * @param recognitionYears how many years running it must be
 */
public record PayPolicy(String name, YearMonth effectiveFrom, List<BigDecimal> baseByClass, BigDecimal performancePercent,
        Map<Predikat, BigDecimal> predikatPercent, BigDecimal noPredikatPercent, List<LatenessBracket> latenessBrackets,
        BigDecimal absenceDayPercent, BigDecimal deductionCapPercent, BigDecimal roundTo, Map<Predikat, BigDecimal> bonusPercent,
        Predikat recognitionPredikat, int recognitionYears) {

    /** Up to {@code upToMinutes} (inclusive; {@code null}: any longer) late or early costs {@code percent}. */
    public record LatenessBracket(Integer upToMinutes, BigDecimal percent) {
    }

    public PayPolicy {
        if (baseByClass.size() != 17) {
            throw new IllegalArgumentException("a base amount for each of the 17 position classes is needed, got " + baseByClass.size());
        }
        baseByClass = List.copyOf(baseByClass);
        predikatPercent = Map.copyOf(predikatPercent);
        bonusPercent = Map.copyOf(bonusPercent);
        if (recognitionYears < 1 || recognitionYears > 10) {
            throw new IllegalArgumentException("recognition years 1..10, got " + recognitionYears);
        }
        latenessBrackets = List.copyOf(latenessBrackets);
        for (Predikat p : Predikat.values()) {
            if (!predikatPercent.containsKey(p)) {
                throw new IllegalArgumentException("no percentage for predikat " + p);
            }
        }
        if (latenessBrackets.isEmpty() || latenessBrackets.get(latenessBrackets.size() - 1).upToMinutes() != null) {
            throw new IllegalArgumentException("the last lateness bracket must be open ('*')");
        }
        if (performancePercent.signum() < 0 || performancePercent.compareTo(BigDecimal.valueOf(100)) > 0 || roundTo.signum() <= 0) {
            throw new IllegalArgumentException("performance share 0..100 and a positive rounding are needed");
        }
    }

    /** The policy of a configuration; an error names the setting at fault. */
    static PayPolicy of(PolicyConfig config) {
        try {
            return new PayPolicy(config.name(), YearMonth.parse(config.effectiveFrom().strip()), amounts(config.baseByClass()),
                    new BigDecimal(config.performancePercent().strip()), predikatPercentages(config.predikatPercent()),
                    new BigDecimal(config.noPredikatPercent().strip()), brackets(config.latenessBrackets()),
                    new BigDecimal(config.absenceDayPercent().strip()), new BigDecimal(config.deductionCapPercent().strip()),
                    new BigDecimal(config.roundTo().strip()), config.bonusPercent().isBlank() ? Map.of() : predikatPercentages(config.bonusPercent()),
                    Predikat.valueOf(config.recognitionPredikat().strip()), Integer.parseInt(config.recognitionYears().strip()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("TPP policy '" + config.name() + "' is not valid: " + e.getMessage(), e);
        }
    }

    /** The yearly bonus share of an annual predikat: zero when the policy gives none. */
    public BigDecimal bonusPercent(Predikat predikat) {
        return bonusPercent.getOrDefault(predikat, BigDecimal.ZERO);
    }

    /** The base amount of a position class (1..17). */
    public BigDecimal base(int positionClass) {
        return baseByClass.get(positionClass - 1);
    }

    /** The deduction for one late arrival or early leave of {@code minutes}. */
    public BigDecimal latenessPercent(int minutes) {
        for (LatenessBracket bracket : latenessBrackets) {
            if (bracket.upToMinutes() == null || minutes <= bracket.upToMinutes()) {
                return bracket.percent();
            }
        }
        throw new IllegalStateException("unreachable: the last bracket is open");
    }

    /** Parses {@code "30:0.5, 60:1, 90:1.25, *:1.5"}. */
    static List<LatenessBracket> brackets(String text) {
        List<LatenessBracket> brackets = new ArrayList<>();
        int previous = 0;
        for (String part : text.split(",")) {
            String[] pair = part.strip().split(":");
            if (pair.length != 2) {
                throw new IllegalArgumentException("a bracket is minutes:percent, got '" + part.strip() + "'");
            }
            Integer upTo = "*".equals(pair[0].strip()) ? null : Integer.valueOf(pair[0].strip());
            if (upTo != null && upTo <= previous) {
                throw new IllegalArgumentException("brackets must grow: " + text);
            }
            previous = upTo == null ? Integer.MAX_VALUE : upTo;
            brackets.add(new LatenessBracket(upTo, new BigDecimal(pair[1].strip())));
        }
        return brackets;
    }

    /** Parses {@code "SANGAT_BAIK:100, BAIK:100, BUTUH_PERBAIKAN:75, KURANG_MISCONDUCT:50, SANGAT_KURANG:25"}. */
    static Map<Predikat, BigDecimal> predikatPercentages(String text) {
        Map<Predikat, BigDecimal> map = new EnumMap<>(Predikat.class);
        for (String part : text.split(",")) {
            String[] pair = part.strip().split(":");
            if (pair.length != 2) {
                throw new IllegalArgumentException("a predikat share is PREDIKAT:percent, got '" + part.strip() + "'");
            }
            map.put(Predikat.valueOf(pair[0].strip()), new BigDecimal(pair[1].strip()));
        }
        return map;
    }

    /** Parses 17 comma-separated amounts, class 1 first. */
    static List<BigDecimal> amounts(String text) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (String part : text.split(",")) {
            amounts.add(new BigDecimal(part.strip().replace("_", "")));
        }
        return amounts;
    }
}
