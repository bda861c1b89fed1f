package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.Indicator;
import id.kinerja.appraisal.api.IndicatorAspect;
import id.kinerja.appraisal.api.SkpDraft;
import id.kinerja.appraisal.api.WorkResult;
import id.kinerja.core.api.KinerjaException;

class PlanValidatorTest {

    static Indicator indicator(String target) {
        return new Indicator(null, "Laporan tersusun", IndicatorAspect.QUANTITY, new BigDecimal(target), "laporan");
    }

    static WorkResult result(Long supports, String goal, Indicator... indicators) {
        return new WorkResult(null, "  Layanan administrasi tertib  ", supports, goal, List.of(indicators));
    }

    static String field(SkpDraft draft) {
        return assertThrows(KinerjaException.class, () -> PlanValidator.normalise(draft, 2026)).getField();
    }

    @Test
    void normalisesTextsAndFillsEveryBerakhlakValue() {
        SkpDraft draft = new SkpDraft(2026, List.of(result(7L, null, indicator("12"))),
                List.of(new BehaviourExpectation(BerakhlakValue.KOLABORATIF, " Membantu rekan ")));
        SkpDraft valid = PlanValidator.normalise(draft, 2026);
        assertEquals("Layanan administrasi tertib", valid.workResults().get(0).text());
        assertEquals(7, valid.behaviours().size());
        assertEquals("Membantu rekan", valid.behaviours().stream().filter(b -> b.value() == BerakhlakValue.KOLABORATIF)
                .findFirst().orElseThrow().expectation());
    }

    @Test
    void everyRuleNamesTheFieldAtFault() {
        assertEquals("year", field(new SkpDraft(2030, List.of(result(1L, null, indicator("1"))), null)));
        assertEquals("workResults", field(new SkpDraft(2026, List.of(), null)));
        assertEquals("workResults[0].supportsWorkResultId", field(new SkpDraft(2026, List.of(result(null, " ", indicator("1"))), null)));
        assertEquals("workResults[0].indicators", field(new SkpDraft(2026, List.of(result(1L, null)), null)));
        assertEquals("workResults[0].indicators[0].target", field(new SkpDraft(2026, List.of(result(1L, null, indicator("0"))), null)));
        assertEquals("workResults[0].indicators[0].target", field(new SkpDraft(2026, List.of(result(1L, null, indicator("1.00001"))), null)));
        Indicator noUnit = new Indicator(null, "x", IndicatorAspect.TIME, BigDecimal.ONE, " ");
        assertEquals("workResults[0].indicators[0].unit", field(new SkpDraft(2026, List.of(result(1L, null, noUnit)), null)));
        Indicator noAspect = new Indicator(null, "x", null, BigDecimal.ONE, "hari");
        assertEquals("workResults[0].indicators[0].aspect", field(new SkpDraft(2026, List.of(result(1L, null, noAspect)), null)));
        List<BehaviourExpectation> twice = List.of(new BehaviourExpectation(BerakhlakValue.LOYAL, "a"), new BehaviourExpectation(BerakhlakValue.LOYAL, "b"));
        assertEquals("behaviours[1].value", field(new SkpDraft(2026, List.of(result(1L, null, indicator("1"))), twice)));
    }

    @Test
    void limitsTheSizeOfAPlan() {
        List<WorkResult> many = new ArrayList<>();
        for (int i = 0; i <= PlanValidator.MAX_WORK_RESULTS; i++) {
            many.add(result(1L, null, indicator("1")));
        }
        assertEquals("workResults", field(new SkpDraft(2026, many, null)));
        String longText = "x".repeat(1001);
        assertEquals("workResults[0].text", field(new SkpDraft(2026, List.of(new WorkResult(null, longText, 1L, null,
                List.of(indicator("1")))), null)));
    }
}
