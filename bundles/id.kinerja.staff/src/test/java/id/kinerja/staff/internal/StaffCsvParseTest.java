package id.kinerja.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.ErrorDetail;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffStatus;

class StaffCsvParseTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String HEADER = "nip,fullName,employmentType,rank,rankSince,positionName,positionKind,positionClass,unitCode,supervisorNip\n";
    private static final String ROW_1 = "198503152010011002,\"Santoso, Budi\",PNS,III/c,2018-04-01,Kepala Seksi,PENGAWAS,9,BKPSDM,\n";
    private static final String ROW_2 = "199204102022211005,Rina Utami,pppk,IX,,Pengelola Data,PELAKSANA,5,BKPSDM,198503152010011002\n";

    private final List<ErrorDetail> errors = new ArrayList<>();

    private List<StaffCsvServiceImpl.Row> parse(String csv) {
        return StaffCsvServiceImpl.parse(new StringReader(csv), TODAY, errors);
    }

    @Test
    void readsValidRowsWithQuotesAndDefaults() {
        List<StaffCsvServiceImpl.Row> rows = parse(HEADER + ROW_1 + ROW_2);

        assertEquals(List.of(), errors);
        assertEquals(2, rows.size());
        assertEquals("Santoso, Budi", rows.get(0).staff().fullName());
        assertEquals(EmploymentType.PPPK, rows.get(1).staff().employmentType());
        assertEquals(PositionKind.PELAKSANA, rows.get(1).staff().positionKind());
        assertEquals(StaffStatus.ACTIVE, rows.get(1).staff().status());
        assertEquals(2, rows.get(1).number());
    }

    @Test
    void readsSemicolonSeparatedFilesWithAByteOrderMark() {
        String csv = "\uFEFF" + (HEADER + ROW_2).replace(',', ';');

        List<StaffCsvServiceImpl.Row> rows = parse(csv);

        assertEquals(List.of(), errors);
        assertEquals("IX", rows.get(0).staff().rank());
    }

    @Test
    void reportsEveryBadCellWithItsRow() {
        String bad = "198502302010011002,X,PNS,III/a,2018-13-01,Analis,FUNGSIONAL,delapan,BKPSDM,\n";

        List<StaffCsvServiceImpl.Row> rows = parse(HEADER + ROW_1 + bad + ROW_1);

        assertEquals(1, rows.size());
        assertTrue(errors.contains(new ErrorDetail(2, "rankSince", "INVALID_VALUE",
                "Nilai '2018-13-01' pada kolom rankSince harus berupa tanggal TTTT-BB-HH (tahun 1900-2200)",
                "The value '2018-13-01' of column rankSince must be a date YYYY-MM-DD (years 1900-2200)")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.row() == 2 && "positionClass".equals(e.field())), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.row() == 3 && "DUPLICATE_NIP".equals(e.code())), errors.toString());
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        KinerjaException e = assertThrows(KinerjaException.class, () -> parse("nip,fullName,color\n1,2,3\n"));

        assertEquals("IMPORT_INVALID", e.getCode());
        assertTrue(e.getDetails().stream().anyMatch(d -> "color".equals(d.field()) && "UNKNOWN_COLUMN".equals(d.code())));
        assertTrue(e.getDetails().stream().anyMatch(d -> "unitCode".equals(d.field()) && "MISSING_COLUMN".equals(d.code())));
    }
}
