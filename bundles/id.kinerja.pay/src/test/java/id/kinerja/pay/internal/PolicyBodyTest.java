package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;

class PolicyBodyTest {

    private static final PayPolicy SUKAMAJU = PayPolicy.of(PolicyConfigTest.config(Map.of()));

    private static Map<String, String> strings(Map<String, Object> config) {
        return config.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString()));
    }

    @Test
    void aPolicyWrittenAsConfigurationReadsBackTheSame() {
        PolicyBody body = PolicyBody.of(SUKAMAJU);
        List<BigDecimal> bases = new ArrayList<>(body.baseByClass());
        bases.set(8, new BigDecimal("3500000"));
        Map<Predikat, BigDecimal> shares = new EnumMap<>(body.predikatPercent());
        shares.put(Predikat.BUTUH_PERBAIKAN, new BigDecimal("80.5"));
        PolicyBody changed = new PolicyBody("Perwali 12/2027", bases, new BigDecimal("65"), shares, body.noPredikatPercent(),
                List.of(new PayPolicy.LatenessBracket(45, new BigDecimal("0.75")), new PayPolicy.LatenessBracket(null, new BigDecimal("2"))),
                body.absenceDayPercent(), body.deductionCapPercent(), new BigDecimal("100"), Map.of(), Predikat.BAIK, 3);
        PayPolicy policy = changed.toPolicy(YearMonth.of(2027, 1));
        Map<String, Object> config = PolicyBody.configOf(policy);
        assertEquals("65", config.get("performancePercent"));
        assertEquals("45:0.75, *:2", config.get("latenessBrackets"));
        assertEquals("", config.get("bonusPercent"));
        PayPolicy read = PayPolicy.of(PolicyConfigTest.config(strings(config)));
        assertEquals(policy, read);
        assertEquals(new BigDecimal("3500000"), read.base(9));
        assertEquals(YearMonth.of(2027, 1), read.effectiveFrom());
        assertEquals(config, PolicyBody.configOf(read));
    }

    @Test
    void theShippedPolicyReadsBackTheSame() {
        assertEquals(SUKAMAJU, PayPolicy.of(PolicyConfigTest.config(strings(PolicyBody.configOf(SUKAMAJU)))));
        assertEquals(SUKAMAJU, PolicyBody.of(SUKAMAJU).toPolicy(SUKAMAJU.effectiveFrom()));
    }

    @Test
    void everySettingOutOfBoundsIsNamedAndTheFirstIsAtItsField() {
        PolicyBody body = PolicyBody.of(SUKAMAJU);
        List<BigDecimal> bases = new ArrayList<>(body.baseByClass());
        bases.set(2, new BigDecimal("-1"));
        Map<Predikat, BigDecimal> shares = new EnumMap<>(body.predikatPercent());
        shares.remove(Predikat.SANGAT_KURANG);
        PolicyBody wrong = new PolicyBody(" ", bases, new BigDecimal("101"), shares, body.noPredikatPercent(),
                List.of(new PayPolicy.LatenessBracket(60, BigDecimal.ONE), new PayPolicy.LatenessBracket(30, BigDecimal.ONE)),
                body.absenceDayPercent(), body.deductionCapPercent(), BigDecimal.ZERO, body.bonusPercent(), null, 11);
        KinerjaException e = assertThrows(KinerjaException.class, () -> wrong.toPolicy(YearMonth.of(2027, 1)));
        assertEquals(KinerjaException.Kind.UNPROCESSABLE, e.getKind());
        assertEquals("name", e.getField());
        List<String> fields = e.getDetails().stream().map(ErrorDetail::field).toList();
        assertEquals(List.of("name", "baseByClass.3", "performancePercent", "predikatPercent", "latenessBrackets.2", "roundTo",
                "recognitionPredikat", "recognitionYears"), fields);
        assertTrue(e.getDetails().get(1).message().contains("kelas 3"), e.getDetails().get(1).message());
    }

    @Test
    void theLastLatenessBracketIsOpenAndNoOtherIs() {
        PolicyBody body = PolicyBody.of(SUKAMAJU);
        PolicyBody closed = new PolicyBody(body.name(), body.baseByClass(), body.performancePercent(), body.predikatPercent(), body.noPredikatPercent(),
                List.of(new PayPolicy.LatenessBracket(30, BigDecimal.ONE)), body.absenceDayPercent(), body.deductionCapPercent(), body.roundTo(),
                body.bonusPercent(), body.recognitionPredikat(), body.recognitionYears());
        assertEquals("latenessBrackets.1", assertThrows(KinerjaException.class, () -> closed.toPolicy(YearMonth.of(2027, 1))).getField());
    }
}
