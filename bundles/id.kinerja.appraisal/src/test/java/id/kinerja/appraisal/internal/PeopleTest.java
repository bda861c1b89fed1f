package id.kinerja.appraisal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffHistoryEntry.Kind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffService;

class PeopleTest {

    static final String NIP = "199001012015011001";

    /** A registry that knows one person whose supervisor is now C, and the given history. */
    static People registry(List<StaffHistoryEntry> history) {
        StaffMember now = new StaffMember(NIP, "Pegawai", null, null, null, null, null, null, "U", "C", null, null, null, null, null);
        StaffService staff = (StaffService) Proxy.newProxyInstance(StaffService.class.getClassLoader(), new Class<?>[] { StaffService.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> now;
                    case "history" -> history;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new People(staff);
    }

    static StaffHistoryEntry change(Kind kind, String from, String to, String effective) {
        return new StaffHistoryEntry(kind, from, to, LocalDate.parse(effective), Instant.parse(effective + "T00:00:00Z"));
    }

    @Test
    void theSupervisorOnADateFollowsTheDatedChanges() {
        People people = registry(List.of(
                change(Kind.SUPERVISOR, null, "A", "2024-01-01"),
                change(Kind.UNIT, "X", "U", "2026-02-01"),
                change(Kind.SUPERVISOR, "A", "B", "2026-04-01"),
                change(Kind.SUPERVISOR, "B", "C", "2026-07-15")));
        assertEquals("A", people.supervisorOn(NIP, LocalDate.parse("2026-03-31")));
        assertEquals("B", people.supervisorOn(NIP, LocalDate.parse("2026-04-01")));
        assertEquals("B", people.supervisorOn(NIP, LocalDate.parse("2026-07-14")));
        assertEquals("C", people.supervisorOn(NIP, LocalDate.parse("2026-09-30")));
        assertEquals("A", people.supervisorOn(NIP, LocalDate.parse("2020-01-01")), "before registration, the first recorded value");
    }

    @Test
    void aChangeBackdatedBeforeRegistrationStillCounts() {
        // registered today with supervisor B, then corrected: C since June (recorded later, dated earlier)
        People people = registry(List.of(
                new StaffHistoryEntry(Kind.SUPERVISOR, null, "B", LocalDate.parse("2026-11-22"), Instant.parse("2026-11-22T01:00:00Z")),
                new StaffHistoryEntry(Kind.SUPERVISOR, "B", "C", LocalDate.parse("2026-06-01"), Instant.parse("2026-11-22T02:00:00Z"))));
        assertEquals("B", people.supervisorOn(NIP, LocalDate.parse("2026-03-31")));
        assertEquals("C", people.supervisorOn(NIP, LocalDate.parse("2026-06-30")));
    }

    @Test
    void aPeriodWithoutSupervisorHasNone() {
        People people = registry(List.of(change(Kind.SUPERVISOR, null, "A", "2024-01-01"), change(Kind.SUPERVISOR, "A", "", "2025-01-01"),
                change(Kind.SUPERVISOR, "", "C", "2026-01-01")));
        assertNull(people.supervisorOn(NIP, LocalDate.parse("2025-06-30")));
    }
}
