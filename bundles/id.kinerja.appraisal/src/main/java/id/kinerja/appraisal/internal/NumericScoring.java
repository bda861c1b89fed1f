package id.kinerja.appraisal.internal;

import java.math.BigDecimal;
import java.util.List;

import id.kinerja.appraisal.api.IndicatorAspect;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.Rating;

/**
 * The older numeric method (PP 46/2011, Perka BKN 1/2013), for cities that still score with numbers:
 * a capaian (achievement, in percent) per indicator, averaged per work result and over the plan into
 * the SKP value; the performance value is 60% SKP value + 40% behaviour value; bands give the
 * predikat. The formulas must be checked against the official text before a city goes live.
 * <p>
 * Periods: targets are yearly. For a quarter or a month, quantity, time and cost targets are taken
 * pro rata (a quarter: a quarter of the year's target) against the sum of the monthly realisations in
 * the period; a quality target is compared with the average of the monthly realisations. An indicator
 * without any realisation in the period achieves 0.
 */
public final class NumericScoring {

    /** One indicator with its yearly target and its monthly realisations in the period. */
    public record IndicatorFigures(IndicatorAspect aspect, BigDecimal yearlyTarget, List<BigDecimal> monthlyRealisations) {
    }

    private NumericScoring() {
    }

    /** The capaian of one indicator for a period, in percent. */
    public static double achievement(IndicatorFigures figures, Period period) {
        List<BigDecimal> values = figures.monthlyRealisations();
        if (values.isEmpty()) {
            return 0;
        }
        double target = figures.yearlyTarget().doubleValue();
        double sum = values.stream().mapToDouble(BigDecimal::doubleValue).sum();
        return switch (figures.aspect()) {
            case QUALITY -> 100.0 * (sum / values.size()) / target;
            case QUANTITY -> 100.0 * sum / (target * share(period));
            case TIME, COST -> efficiencyScore(target * share(period), sum);
        };
    }

    /**
     * Time and cost by the efficiency formula of Perka BKN 1/2013: efficiency = 100 − realisation /
     * target × 100; up to 24% efficient the score is (1.76 × target − realisation) / target × 100,
     * beyond that 76 − (that − 100).
     */
    static double efficiencyScore(double target, double realisation) {
        double efficiency = 100 - realisation / target * 100;
        double base = (1.76 * target - realisation) / target * 100;
        return efficiency <= 24 ? base : 76 - (base - 100);
    }

    /** The SKP value: the average over work results of the average capaian of their indicators. */
    public static double skpValue(List<List<IndicatorFigures>> workResults, Period period) {
        return workResults.stream()
                .mapToDouble(indicators -> indicators.stream().mapToDouble(i -> achievement(i, period)).average().orElse(0))
                .average().orElse(0);
    }

    /** The performance value: 60% SKP value and 40% behaviour value. */
    public static double performanceValue(double skpValue, double behaviourValue) {
        return 0.6 * skpValue + 0.4 * behaviourValue;
    }

    /**
     * The band of a value, as today's predikat: Sangat Baik from 91, Baik from 76, Cukup from 61
     * (Butuh Perbaikan), Kurang from 51 (Kurang/Misconduct), Buruk below (Sangat Kurang).
     */
    public static Predikat band(double value) {
        if (value >= 91) {
            return Predikat.SANGAT_BAIK;
        }
        if (value >= 76) {
            return Predikat.BAIK;
        }
        if (value >= 61) {
            return Predikat.BUTUH_PERBAIKAN;
        }
        if (value >= 51) {
            return Predikat.KURANG_MISCONDUCT;
        }
        return Predikat.SANGAT_KURANG;
    }

    /** The rating a value stands for, so that numeric evaluations carry the same two ratings as the others. */
    public static Rating rating(double value) {
        return value >= 91 ? Rating.DI_ATAS_EKSPEKTASI : value >= 76 ? Rating.SESUAI_EKSPEKTASI : Rating.DI_BAWAH_EKSPEKTASI;
    }

    /** The part of the year a period covers. */
    static double share(Period period) {
        return switch (period.kind()) {
            case MONTH -> 1.0 / 12;
            case QUARTER -> 3.0 / 12;
            case YEAR -> 1.0;
        };
    }
}
