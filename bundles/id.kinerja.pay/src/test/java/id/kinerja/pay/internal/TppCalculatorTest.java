package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.pay.internal.DisciplineEvent.Kind;

class TppCalculatorTest {

    static PayPolicy policy(String roundTo) {
        List<BigDecimal> bases = new ArrayList<>(Collections.nCopies(17, new BigDecimal("1000000")));
        bases.set(8, new BigDecimal("5000000")); // class 9
        bases.set(9, new BigDecimal("4321987")); // class 10
        return new PayPolicy("uji", YearMonth.of(2026, 1), bases, new BigDecimal("60"),
                PayPolicy.predikatPercentages("SANGAT_BAIK:100, BAIK:100, BUTUH_PERBAIKAN:75, KURANG_MISCONDUCT:50, SANGAT_KURANG:25"),
                new BigDecimal("100"), PayPolicy.brackets("30:0.5, 60:1, 90:1.25, *:1.5"), new BigDecimal("3"), new BigDecimal("100"),
                new BigDecimal(roundTo), java.util.Map.of(Predikat.SANGAT_BAIK, new BigDecimal("100")), Predikat.SANGAT_BAIK, 2);
    }

    static DisciplineEvent event(Kind kind, int minutes) {
        return new DisciplineEvent("198001012005011001", LocalDate.of(2026, 3, 2), kind, minutes, null);
    }

    static BigDecimal line(TppCalculator.Figures f, String code) {
        return f.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow().amount();
    }

    /** Worked example: class 9 (Rp 5,000,000), Baik, four lateness brackets, one absence, one leave day. */
    @Test
    void workedExampleWithEveryDeductionBracket() {
        List<DisciplineEvent> march = List.of(event(Kind.LATE, 20), event(Kind.LATE, 45), event(Kind.EARLY_LEAVE, 75),
                event(Kind.LATE, 120), event(Kind.ABSENT, 0), event(Kind.LEAVE, 0));
        TppCalculator.Figures f = TppCalculator.compute(policy("1"), 9, StaffStatus.ACTIVE, Predikat.BAIK, march);
        assertEquals(new BigDecimal("3000000"), line(f, "PERFORMANCE"));
        // 0.5 + 1 + 1.25 + 1.5 + 3 = 7.25% of 2,000,000 = 145,000
        assertEquals(new BigDecimal("1855000"), line(f, "DISCIPLINE"));
        assertEquals(new BigDecimal("4855000"), f.total());
        String rule = f.lines().get(2).rule();
        assertTrue(rule.contains("potongan 7.25%") && rule.contains("terlambat 120 menit: 1.5%"), rule);
    }

    @ParameterizedTest(name = "{0} minutes cost {1}%")
    @CsvSource({ "1, 0.5", "30, 0.5", "31, 1", "60, 1", "61, 1.25", "90, 1.25", "91, 1.5", "480, 1.5" })
    void latenessBrackets(int minutes, String percent) {
        assertEquals(0, new BigDecimal(percent).compareTo(policy("1").latenessPercent(minutes)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "SANGAT_BAIK, 3000000", "BAIK, 3000000", "BUTUH_PERBAIKAN, 2250000", "KURANG_MISCONDUCT, 1500000", "SANGAT_KURANG, 750000" })
    void predikatScalesThePerformancePart(Predikat predikat, String expected) {
        TppCalculator.Figures f = TppCalculator.compute(policy("1"), 9, StaffStatus.ACTIVE, predikat, List.of());
        assertEquals(new BigDecimal(expected), line(f, "PERFORMANCE"));
        assertEquals(new BigDecimal("2000000"), line(f, "DISCIPLINE"));
    }

    @Test
    void withoutAFinalPredikatThePolicyDecides() {
        TppCalculator.Figures f = TppCalculator.compute(policy("1"), 9, StaffStatus.ACTIVE, null, List.of());
        assertEquals(new BigDecimal("3000000"), line(f, "PERFORMANCE"));
        assertTrue(f.lines().get(1).rule().contains("belum ada predikat final"));
    }

    @Test
    void deductionsStopAtTheCap() {
        List<DisciplineEvent> absent = new ArrayList<>(Collections.nCopies(40, event(Kind.ABSENT, 0))); // 120%
        TppCalculator.Figures f = TppCalculator.compute(policy("1"), 9, StaffStatus.ACTIVE, Predikat.BAIK, absent);
        assertEquals(0, BigDecimal.ZERO.compareTo(line(f, "DISCIPLINE")));
        assertEquals(new BigDecimal("3000000"), f.total());
        assertTrue(f.lines().get(2).rule().contains("(batas 100%)"));
    }

    @Test
    void partsAreRoundedHalfUpAndTheTotalIsTheirSum() {
        // class 10: 4,321,987 -> 60% = 2,593,192.2 ; 40% = 1,728,794.8
        TppCalculator.Figures byThousand = TppCalculator.compute(policy("1000"), 10, StaffStatus.ACTIVE, Predikat.BAIK, List.of());
        assertEquals(0, new BigDecimal("2593000").compareTo(line(byThousand, "PERFORMANCE")));
        assertEquals(0, new BigDecimal("1729000").compareTo(line(byThousand, "DISCIPLINE")));
        assertEquals(0, new BigDecimal("4322000").compareTo(byThousand.total()));
        TppCalculator.Figures byRupiah = TppCalculator.compute(policy("1"), 10, StaffStatus.ACTIVE, Predikat.BAIK, List.of());
        assertEquals(0, new BigDecimal("2593192").compareTo(line(byRupiah, "PERFORMANCE")));
        assertEquals(0, new BigDecimal("1728795").compareTo(line(byRupiah, "DISCIPLINE")));
    }

    @Test
    void staffNotActiveGetNothing() {
        for (StaffStatus status : List.of(StaffStatus.LEAVE, StaffStatus.RETIRED, StaffStatus.DISMISSED)) {
            assertEquals(0, BigDecimal.ZERO.compareTo(TppCalculator.compute(policy("1"), 9, status, Predikat.SANGAT_BAIK, List.of()).total()));
        }
    }

    @Test
    void aPolicyMustBeComplete() {
        assertThrows(IllegalArgumentException.class, () -> PayPolicy.brackets("30:0.5, 20:1, *:2"));
        PayPolicy p = policy("1");
        assertThrows(IllegalArgumentException.class, () -> new PayPolicy("x", p.effectiveFrom(), p.baseByClass().subList(0, 16),
                p.performancePercent(), p.predikatPercent(), p.noPredikatPercent(), p.latenessBrackets(), p.absenceDayPercent(),
                p.deductionCapPercent(), p.roundTo(), p.bonusPercent(), p.recognitionPredikat(), p.recognitionYears()));
        assertThrows(IllegalArgumentException.class, () -> new PayPolicy("x", p.effectiveFrom(), p.baseByClass(), p.performancePercent(),
                p.predikatPercent(), p.noPredikatPercent(), PayPolicy.brackets("30:0.5, 60:1"), p.absenceDayPercent(),
                p.deductionCapPercent(), p.roundTo(), p.bonusPercent(), p.recognitionPredikat(), p.recognitionYears()));
    }
}
