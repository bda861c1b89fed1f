package id.kinerja.staff.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffHistoryEntry.Kind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;

class RegistryOnDateTest {

    static final StaffMember TODAY = new StaffMember("198501012010011001", "Budi", EmploymentType.PNS, "III/c", LocalDate.of(2026, 4, 1),
            "Kepala Seksi (Ops)", PositionKind.ADMINISTRATOR, 9, "DISKOMINFO", "197001011995031001", StaffStatus.RETIRED, 1, 2, null, null);

    static StaffHistoryEntry change(Kind kind, String old, String now) {
        return new StaffHistoryEntry(kind, old, now, LocalDate.of(2026, 4, 1), Instant.parse("2026-04-02T00:00:00Z"));
    }

    @Test
    void undoesEveryKindOfChange() {
        StaffMember then = RegistryOnDate.undo(TODAY, List.of(
                change(Kind.STATUS, "ACTIVE", "RETIRED"),
                change(Kind.RANK, "III/b", "III/c"),
                change(Kind.POSITION, "Analis (Data) (PELAKSANA, kelas 7)", RegistryOnDate.position(TODAY)),
                change(Kind.UNIT, "BAPPEDA", "DISKOMINFO"),
                change(Kind.SUPERVISOR, null, "197001011995031001")));
        assertEquals(StaffStatus.ACTIVE, then.status());
        assertEquals("III/b", then.rank());
        assertNull(then.rankSince(), "the rank's earlier TMT is not known");
        assertEquals("Analis (Data)", then.positionName());
        assertEquals(PositionKind.PELAKSANA, then.positionKind());
        assertEquals(7, then.positionClass());
        assertEquals("BAPPEDA", then.unitCode());
        assertNull(then.supervisorNip());
        assertEquals(TODAY.fullName(), then.fullName());
        assertEquals(TODAY.childCount(), then.childCount());
    }

    @Test
    void newestChangeIsUndoneFirst() {
        // III/a -> III/b -> III/c, both after the day: the day saw III/a
        StaffMember then = RegistryOnDate.undo(TODAY, List.of(change(Kind.RANK, "III/b", "III/c"), change(Kind.RANK, "III/a", "III/b")));
        assertEquals("III/a", then.rank());
    }

    @Test
    void noLaterChangeLeavesTodaysRecord() {
        assertEquals(TODAY, RegistryOnDate.undo(TODAY, List.of()));
    }
}
