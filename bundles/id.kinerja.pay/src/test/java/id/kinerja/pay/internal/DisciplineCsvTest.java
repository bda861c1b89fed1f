package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;

class DisciplineCsvTest {

    @Test
    void readsCommaOrSemicolonWithABomAndColumnsInAnyOrder() {
        List<DisciplineEvent> events = DisciplineCsv.parse("\uFEFFkind;nip;date;minutes;note\n"
                + "late;198001012005011001;2026-03-02;45;macet\n"
                + "ABSENT;198001012005011001;2026-03-03;;\n");
        assertEquals(2, events.size());
        assertEquals(new DisciplineEvent("198001012005011001", LocalDate.of(2026, 3, 2), DisciplineEvent.Kind.LATE, 45, "macet"), events.get(0));
        assertEquals(0, events.get(1).minutes());
        assertEquals(1, DisciplineCsv.parse("nip,date,kind\n198001012005011001,2026-03-04,LEAVE\n").size());
    }

    @Test
    void reportsEveryBadCellByRowAndTakesNothing() {
        KinerjaException e = assertThrows(KinerjaException.class, () -> DisciplineCsv.parse("nip,date,kind,minutes\n"
                + "198001012005011001,2026-03-02,LATE,45\n"
                + "198001012005011001,2026-02-30,LATE,x\n"
                + ",2026-03-05,SICK,\n"));
        assertEquals("IMPORT_INVALID", e.getCode());
        assertEquals(4, e.getDetails().size());
        assertEquals(2, e.getDetails().get(0).row());
        assertEquals("date", e.getDetails().get(0).field());
        assertEquals("minutes", e.getDetails().get(1).field());
        assertEquals(3, e.getDetails().get(2).row());
    }

    @Test
    void aMissingColumnIsNamed() {
        assertEquals("kind", assertThrows(KinerjaException.class, () -> DisciplineCsv.parse("nip,date\n1,2026-03-01\n")).getField());
    }
}
