package id.kinerja.appraisal.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.AppraisalSettings.ScoringMethod;
import id.kinerja.appraisal.internal.NumericScoring.IndicatorFigures;
import id.kinerja.appraisal.internal.model.EvaluationEntity;
import id.kinerja.appraisal.internal.model.IndicatorEntity;
import id.kinerja.appraisal.internal.model.PlanEntity;
import id.kinerja.appraisal.internal.model.RealisationEntity;
import id.kinerja.appraisal.internal.model.WorkResultEntity;

/**
 * Sets the ratings, score and predikat of an evaluation by the scoring method in force: the matrix
 * from the two ratings, or the numeric method from the plan's realisations and the behaviour value.
 */
final class Scoring {

    private Scoring() {
    }

    /** Applies the method; the inputs the method needs are required, the others are ignored. */
    static void apply(EntityManager em, EvaluationEntity e, ScoringMethod method, Rating hasilKerja, Rating perilaku,
            Double behaviourValue) {
        if (method == ScoringMethod.NUMERIC) {
            double behaviour = Errors.required(behaviourValue, "behaviourValue");
            if (behaviour < 0 || behaviour > 100 || Double.isNaN(behaviour)) {
                throw Errors.invalid("INVALID_VALUE", "behaviourValue", "Nilai perilaku 0 sampai 100", "The behaviour value is 0 to 100");
            }
            double skp = NumericScoring.skpValue(figures(em, e), Period.parse(e.period));
            double value = NumericScoring.performanceValue(skp, behaviour);
            e.behaviourValue = behaviour;
            e.score = Math.round(value * 100) / 100.0;
            e.hasilKerja = NumericScoring.rating(skp);
            e.perilaku = NumericScoring.rating(behaviour);
            e.predikat = NumericScoring.band(e.score);
        } else {
            e.hasilKerja = Errors.required(hasilKerja, "hasilKerja");
            e.perilaku = Errors.required(perilaku, "perilaku");
            e.behaviourValue = null;
            e.score = null;
            e.predikat = PredikatRules.predikat(e.hasilKerja, e.perilaku);
        }
    }

    /** Per work result of the evaluated plan, its indicators with the monthly realisations in the period. */
    private static List<List<IndicatorFigures>> figures(EntityManager em, EvaluationEntity e) {
        Period period = Period.parse(e.period);
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.firstDay()); !m.isAfter(YearMonth.from(period.lastDay())); m = m.plusMonths(1)) {
            months.add(Period.month(m.getYear(), m.getMonthValue()).toString());
        }
        Map<Long, List<BigDecimal>> byIndicator = new HashMap<>();
        em.createQuery("SELECT r FROM RealisationEntity r WHERE r.planId = :plan AND r.period IN :months", RealisationEntity.class)
                .setParameter("plan", e.planId).setParameter("months", months).getResultList()
                .forEach(r -> byIndicator.computeIfAbsent(r.indicatorId, k -> new ArrayList<>()).add(r.value));
        List<List<IndicatorFigures>> plan = new ArrayList<>();
        for (WorkResultEntity w : em.find(PlanEntity.class, e.planId).workResults) {
            List<IndicatorFigures> indicators = new ArrayList<>();
            for (IndicatorEntity i : w.indicators) {
                indicators.add(new IndicatorFigures(i.aspect, i.target, byIndicator.getOrDefault(i.id, List.of())));
            }
            plan.add(indicators);
        }
        return plan;
    }
}
