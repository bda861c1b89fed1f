package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;

class SalaryTableTest {

    /** Rows in the shape of PP 15/2019 (two-year steps); amounts made up for the test. */
    static final String CSV = "golongan;masaKerja;gajiPokok\n"
            + "III/a;0;2579400\n"
            + "iii/a;2;2660700\n"
            + "III/a;10;3015300\n"
            + "IX;0;3203600\n";

    static SalaryTable table() {
        return new SalaryTable(1, "Contoh", YearMonth.of(2024, 1), SalaryTableCsv.parse(CSV));
    }

    @Test
    void masaKerjaCountsWholeYearsFromTheTmt() {
        assertEquals(0, SalaryTable.masaKerja(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
        assertEquals(0, SalaryTable.masaKerja(YearMonth.of(2025, 4), YearMonth.of(2026, 3)));
        assertEquals(1, SalaryTable.masaKerja(YearMonth.of(2025, 3), YearMonth.of(2026, 3)));
        assertEquals(16, SalaryTable.masaKerja(YearMonth.of(2010, 1), YearMonth.of(2026, 3)));
        assertEquals(0, SalaryTable.masaKerja(YearMonth.of(2027, 1), YearMonth.of(2026, 3)), "never negative");
    }

    @Test
    void theRowIsTheGreatestMasaKerjaNotAboveTheirs() {
        List<TppCalculator.Line> three = table().lines("III/a", 3, 0, 0).orElseThrow();
        assertEquals(List.of(SalaryTable.GAJI_POKOK), three.stream().map(TppCalculator.Line::code).toList());
        assertEquals(new BigDecimal("2660700"), three.get(0).amount());
        assertTrue(three.get(0).rule().contains("masa kerja golongan 3 tahun (baris 2 tahun"), three.get(0).rule());
        assertEquals(new BigDecimal("3015300"), table().lines("III/a", 25, 0, 0).orElseThrow().get(0).amount());
        assertEquals(new BigDecimal("3203600"), table().lines("IX", 0, 0, 0).orElseThrow().get(0).amount(), "PPPK grades too");
    }

    @Test
    void spouseTenPercentEachChildTwoAtMostTwoChildren() {
        List<TppCalculator.Line> lines = table().lines("III/a", 2, 1, 3).orElseThrow();
        assertEquals(new BigDecimal("266070"), lines.get(1).amount(), "10% of 2,660,700");
        assertEquals(SalaryTable.SPOUSE, lines.get(1).code());
        assertEquals(new BigDecimal("106428"), lines.get(2).amount(), "2 x 2% of 2,660,700 = 106,428; the third child is not counted");
        assertTrue(lines.get(2).rule().contains("paling banyak 2 anak dari 3"), lines.get(2).rule());
        // 2% of 2,579,400 = 51,588 exactly; 10% of 3,015,300 = 301,530
        assertEquals(new BigDecimal("51588"), table().lines("III/a", 0, 0, 1).orElseThrow().get(1).amount());
        assertEquals(new BigDecimal("301530"), table().lines("III/a", 10, 1, 0).orElseThrow().get(1).amount());
    }

    @Test
    void familyAllowanceRoundsHalfUpToTheRupiah() {
        SalaryTable odd = new SalaryTable(2, "Ganjil", YearMonth.of(2024, 1), SalaryTableCsv.parse("golongan,masaKerja,gajiPokok\nII/a,0,2022225\n"));
        List<TppCalculator.Line> lines = odd.lines("II/a", 0, 1, 1).orElseThrow();
        assertEquals(new BigDecimal("202223"), lines.get(1).amount(), "202,222.5 half up");
        assertEquals(new BigDecimal("40445"), lines.get(2).amount(), "40,444.5 half up");
    }

    @Test
    void noRowForTheRankOrBelowItsFirstYears() {
        assertTrue(table().lines("IV/a", 10, 0, 0).isEmpty());
        SalaryTable late = new SalaryTable(3, "Mulai 3", YearMonth.of(2024, 1), SalaryTableCsv.parse("golongan,masaKerja,gajiPokok\nII/b,3,2300000\n"));
        assertTrue(late.lines("II/b", 2, 0, 0).isEmpty());
    }

    @Test
    void csvErrorsAreReportedByRowAndNothingIsTaken() {
        KinerjaException e = assertThrows(KinerjaException.class, () -> SalaryTableCsv.parse("golongan,masaKerja,gajiPokok\n"
                + "III/z,0,100\nIII/a,x,100\nIII/a,41,100\nIII/a,0,-5\nIII/a,0,1.005\nIII/a,0,2.579.400\nIII/b,0,100\nIII/b,0,200\n"));
        assertEquals("IMPORT_INVALID", e.getCode());
        List<String> codes = e.getDetails().stream().map(d -> d.row() + ":" + d.code()).toList();
        assertEquals(List.of("1:INVALID_RANK", "2:INVALID_YEARS", "3:INVALID_YEARS", "4:INVALID_AMOUNT", "5:INVALID_AMOUNT", "6:INVALID_AMOUNT",
                "8:DUPLICATE_ROW"), codes);
    }

    @Test
    void csvNeedsItsColumnsAndARow() {
        assertEquals("MISSING_COLUMN", assertThrows(KinerjaException.class, () -> SalaryTableCsv.parse("golongan,gajiPokok\nIII/a,1\n")).getCode());
        assertEquals("EMPTY_TABLE", assertThrows(KinerjaException.class, () -> SalaryTableCsv.parse("golongan,masaKerja,gajiPokok\n")).getCode());
        Map<String, NavigableMap<Integer, BigDecimal>> rows = SalaryTableCsv.parse("\uFEFFGolongan,MasaKerja,GajiPokok\nIV/e,32,6373200.50\n");
        assertEquals(new BigDecimal("6373200.50"), rows.get("IV/e").get(32));
    }
}
