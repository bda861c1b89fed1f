package id.kinerja.appraisal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.kinerja.core.api.KinerjaException;

class PeriodTest {

    @Test
    void parsesAndPrintsEveryKind() {
        assertEquals(Period.month(2026, 3), Period.parse("2026-03"));
        assertEquals(Period.quarter(2026, 1), Period.parse("2026-q1"));
        assertEquals(Period.annual(2026), Period.parse(" 2026 "));
        assertEquals("2026-03", Period.month(2026, 3).toString());
        assertEquals("2026-Q4", Period.quarter(2026, 4).toString());
        assertEquals("2026", Period.annual(2026).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2026-13", "2026-00", "2026-Q5", "26-01", "2026/01", "1999", "abc" })
    void rejectsNonsenseWithABadRequest(String text) {
        KinerjaException e = assertThrows(KinerjaException.class, () -> Period.parse(text));
        assertEquals(KinerjaException.Kind.BAD_REQUEST, e.getKind());
        assertEquals("period", e.getField());
    }

    @Test
    void knowsItsDays() {
        Period q1 = Period.quarter(2028, 1);
        assertEquals(LocalDate.of(2028, 1, 1), q1.firstDay());
        assertEquals(LocalDate.of(2028, 3, 31), q1.lastDay());
        assertEquals(LocalDate.of(2028, 2, 29), Period.month(2028, 2).lastDay());
        assertTrue(q1.contains(LocalDate.of(2028, 3, 31)));
        assertFalse(q1.contains(LocalDate.of(2028, 4, 1)));
    }

    @Test
    void ordersByEndThenTheLongerLast() {
        assertTrue(Period.month(2026, 3).compareTo(Period.quarter(2026, 1)) < 0);
        assertTrue(Period.quarter(2026, 4).compareTo(Period.annual(2026)) < 0);
        assertTrue(Period.month(2026, 2).compareTo(Period.quarter(2026, 1)) < 0);
    }
}
