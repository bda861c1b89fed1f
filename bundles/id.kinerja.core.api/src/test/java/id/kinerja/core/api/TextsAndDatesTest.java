package id.kinerja.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class TextsAndDatesTest {

    @Test
    void onlyUtf8IsRead() {
        assertEquals("Korbán", Texts.utf8("Korbán".getBytes(StandardCharsets.UTF_8), "file"));
        KinerjaException latin1 = assertThrows(KinerjaException.class, () -> Texts.utf8("Korbán".getBytes(StandardCharsets.ISO_8859_1), "file"));
        assertEquals("NOT_UTF8", latin1.getCode());
        assertEquals("file", latin1.getField());
    }

    @Test
    void controlCharactersAreRefused() {
        assertEquals("Budi Santoso, S.E.", Texts.requireNoControlCharacters("fullName", "Budi Santoso, S.E."));
        for (String bad : new String[] { "Budi\u0000", "\u001b[31mBudi", "Budi\nSantoso", "Budi\tSantoso" }) {
            assertEquals("CONTROL_CHARACTERS", assertThrows(KinerjaException.class, () -> Texts.requireNoControlCharacters("fullName", bad)).getCode());
        }
    }

    @Test
    void csvCellsNeverStartAFormulaAndComeBackAsTheyWere() {
        for (String formula : new String[] { "=HYPERLINK(\"http://x\",\"y\")", "+6281234", "-1+2", "@SUM(A1)", "\tx", "\rx" }) {
            assertEquals("'" + formula, Texts.csvCell(formula));
            assertEquals(formula, Texts.fromCsvCell(Texts.csvCell(formula)));
        }
        assertEquals("Budi", Texts.csvCell("Budi"));
        assertEquals("'Budi", Texts.fromCsvCell("'Budi"), "an apostrophe of the person's own stays");
        assertNull(Texts.csvCell(null));
    }

    @Test
    void datesOnlyWithinThePlatformsYears() {
        assertEquals(LocalDate.of(2026, 2, 10), Dates.date("date", " 2026-02-10 "));
        assertNull(Dates.date("date", " "));
        assertEquals(YearMonth.of(2026, 3), Dates.month("month", "2026-03"));
        for (String bad : new String[] { "+999999999-12-31", "-999999999-01-01", "1899-12-31", "2026-02-30", "kemarin" }) {
            assertEquals("INVALID_DATE", assertThrows(KinerjaException.class, () -> Dates.date("from", bad)).getCode(), bad);
        }
        for (String bad : new String[] { "+999999999-12", "2201-01", "2026-13", "", "maret" }) {
            assertEquals("INVALID_MONTH", assertThrows(KinerjaException.class, () -> Dates.month("month", bad)).getCode(), bad);
        }
        assertEquals("INVALID_DATE", assertThrows(KinerjaException.class, () -> Dates.instant("start_date", "-999999999-01-01T00:00:00Z")).getCode());
        assertEquals(java.time.Instant.parse("2026-11-29T18:00:00Z"), Dates.instant("at", "2026-11-30T01:00:00+07:00"));
    }

    @Test
    void aTextAtTheBoundaryIsStrippedRequiredWhereItMustBeAndNeverTooLong() {
        assertEquals("Lampu padam", Texts.required("  Lampu padam ", "description", 20));
        KinerjaException missing = assertThrows(KinerjaException.class, () -> Texts.required(" \t", "description", 20));
        assertEquals("REQUIRED", missing.getCode());
        assertEquals("description", missing.getField());
        assertEquals(KinerjaException.Kind.BAD_REQUEST, missing.getKind());
        KinerjaException tooLong = assertThrows(KinerjaException.class, () -> Texts.optional("x".repeat(21), "note", 20));
        assertEquals("TOO_LONG", tooLong.getCode());
        assertNull(Texts.optional("  ", "note", 20));
        assertNull(Texts.optional(null, "note", 20));
        assertEquals("x".repeat(20), Texts.optional("x".repeat(20), "note", 20));
    }
}
