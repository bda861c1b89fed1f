package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.staff.StaffStatus;

class YearlyAwardsTest {

    static final PayPolicy POLICY = TppCalculatorTest.policy("1");

    @Test
    void theBonusFollowsTheAnnualPredikat() {
        assertEquals(new BigDecimal("5000000"), YearlyAwards.bonus(POLICY, 9, StaffStatus.ACTIVE, Predikat.SANGAT_BAIK));
        assertEquals(0, BigDecimal.ZERO.compareTo(YearlyAwards.bonus(POLICY, 9, StaffStatus.ACTIVE, Predikat.BAIK)));
        assertEquals(0, BigDecimal.ZERO.compareTo(YearlyAwards.bonus(POLICY, 9, StaffStatus.RETIRED, Predikat.SANGAT_BAIK)));
        assertEquals(0, BigDecimal.ZERO.compareTo(YearlyAwards.bonus(POLICY, 9, StaffStatus.ACTIVE, null)));
    }

    @Test
    void candidatesHaveThePredikatEveryYearRunning() {
        assertTrue(YearlyAwards.candidate(POLICY, 2026, Map.of(2025, Predikat.SANGAT_BAIK, 2026, Predikat.SANGAT_BAIK)));
        assertFalse(YearlyAwards.candidate(POLICY, 2026, Map.of(2026, Predikat.SANGAT_BAIK)));
        assertFalse(YearlyAwards.candidate(POLICY, 2026, Map.of(2024, Predikat.SANGAT_BAIK, 2026, Predikat.SANGAT_BAIK)));
        assertFalse(YearlyAwards.candidate(POLICY, 2026, Map.of(2025, Predikat.SANGAT_BAIK, 2026, Predikat.BAIK)));
        assertEquals(java.util.List.of(2025, 2026), YearlyAwards.years(POLICY, 2026));
    }
}
