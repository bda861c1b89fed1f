package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.appraisal.api.IndicatorAspect;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Predikat;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.NumericScoring.IndicatorFigures;

class NumericScoringTest {

    static final Period YEAR = Period.annual(2026);

    static IndicatorFigures figures(IndicatorAspect aspect, int target, int... monthly) {
        return new IndicatorFigures(aspect, BigDecimal.valueOf(target),
                java.util.Arrays.stream(monthly).mapToObj(BigDecimal::valueOf).toList());
    }

    @Test
    void quantityIsRealisationOverTargetProRata() {
        assertEquals(100.0, NumericScoring.achievement(figures(IndicatorAspect.QUANTITY, 12, 6, 6), YEAR), 1e-9);
        assertEquals(100.0, NumericScoring.achievement(figures(IndicatorAspect.QUANTITY, 12, 1, 1, 1), Period.quarter(2026, 1)), 1e-9);
        assertEquals(50.0, NumericScoring.achievement(figures(IndicatorAspect.QUANTITY, 120, 5), Period.month(2026, 3)), 1e-9);
    }

    @Test
    void qualityIsTheAverageOfTheMonthsOverTheTarget() {
        assertEquals(90.0, NumericScoring.achievement(figures(IndicatorAspect.QUALITY, 100, 80, 100), Period.quarter(2026, 1)), 1e-9);
    }

    /** Perka BKN 1/2013: within 24% efficiency, (1.76 TW − RW)/TW × 100; beyond, 76 − (that − 100). */
    @ParameterizedTest(name = "target {0}, realisation {1}: {2}")
    @CsvSource({ "12, 12, 76", "12, 10, 92.6666666667", "12, 6, 50", "12, 14, 59.3333333333" })
    void timeAndCostUseTheEfficiencyFormula(double target, double realisation, double expected) {
        assertEquals(expected, NumericScoring.efficiencyScore(target, realisation), 1e-6);
    }

    @Test
    void noRealisationAchievesNothing() {
        assertEquals(0.0, NumericScoring.achievement(figures(IndicatorAspect.QUANTITY, 12), YEAR));
    }

    @Test
    void skpValueAveragesIndicatorsThenWorkResults() {
        List<List<IndicatorFigures>> plan = List.of(
                List.of(figures(IndicatorAspect.QUANTITY, 10, 10), figures(IndicatorAspect.QUALITY, 100, 80)), // 100, 80 -> 90
                List.of(figures(IndicatorAspect.QUANTITY, 10, 7)));                                           // 70
        assertEquals(80.0, NumericScoring.skpValue(plan, YEAR), 1e-9);
        assertEquals(84.0, NumericScoring.performanceValue(80, 90), 1e-9);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "100, SANGAT_BAIK", "91, SANGAT_BAIK", "90.99, BAIK", "76, BAIK", "75.9, BUTUH_PERBAIKAN", "61, BUTUH_PERBAIKAN",
            "60.5, KURANG_MISCONDUCT", "51, KURANG_MISCONDUCT", "50.9, SANGAT_KURANG", "0, SANGAT_KURANG" })
    void bands(double value, Predikat expected) {
        assertEquals(expected, NumericScoring.band(value));
    }

    @Test
    void ratingsFollowTheSameThresholds() {
        assertEquals(Rating.DI_ATAS_EKSPEKTASI, NumericScoring.rating(91));
        assertEquals(Rating.SESUAI_EKSPEKTASI, NumericScoring.rating(76));
        assertEquals(Rating.DI_BAWAH_EKSPEKTASI, NumericScoring.rating(75.99));
    }
}
