package id.kinerja.inovasi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;

class NoteRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aNoteIsForADayThatHasCome() {
        assertEquals(TODAY, NoteRules.date(TODAY, TODAY));
        assertEquals("FUTURE_DATE", refused(() -> NoteRules.date(TODAY.plusDays(1), TODAY)).getCode());
        assertEquals("date", refused(() -> NoteRules.date(null, TODAY)).getField());
    }

    @Test
    void theDescriptionIsRequiredAndBounded() {
        assertEquals("Menyusun laporan", NoteRules.description("  Menyusun laporan "));
        assertEquals("REQUIRED", refused(() -> NoteRules.description(" ")).getCode());
        assertEquals("TOO_LONG", refused(() -> NoteRules.description("x".repeat(NoteRules.MAX_DESCRIPTION + 1))).getCode());
    }

    @Test
    void minutesAreThoseOfOneDay() {
        assertEquals(1, NoteRules.minutes(1));
        assertEquals(1440, NoteRules.minutes(1440));
        assertEquals("INVALID_MINUTES", refused(() -> NoteRules.minutes(0)).getCode());
        assertEquals("INVALID_MINUTES", refused(() -> NoteRules.minutes(1441)).getCode());
        assertEquals("minutes", refused(() -> NoteRules.minutes(null)).getField());
    }

    private static KinerjaException refused(Runnable check) {
        return assertThrows(KinerjaException.class, check::run);
    }
}
