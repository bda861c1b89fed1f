package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.Predikat;
import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffStatus;

class RunInputsTest {

    static final PayPolicy POLICY = TppCalculatorTest.policy("1");
    static final StaffMember A = new StaffMember("198501012010011001", "A", EmploymentType.PNS, "III/a", null, "Pelaksana",
            PositionKind.PELAKSANA, 7, "U", null, StaffStatus.ACTIVE, 0, 0, null, null);
    static final List<DisciplineEvent> LATE = List.of(new DisciplineEvent(A.nip(), LocalDate.of(2026, 3, 2), DisciplineEvent.Kind.LATE, 20, null));

    static String of(PayPolicy policy, long table, StaffMember member, Predikat p, List<DisciplineEvent> events) {
        return RunInputs.fingerprint(policy, table, List.of(member), p == null ? Map.of() : Map.of(member.nip(), p), Map.of(member.nip(), events));
    }

    @Test
    void sameInputsSameFingerprintAnyChangeAnother() {
        String base = of(POLICY, 1, A, Predikat.BAIK, LATE);
        assertEquals(64, base.length());
        assertEquals(base, of(POLICY, 1, A, Predikat.BAIK, List.copyOf(LATE)));
        assertNotEquals(base, of(POLICY, 2, A, Predikat.BAIK, LATE), "another salary table");
        assertNotEquals(base, of(TppCalculatorTest.policy("1000"), 1, A, Predikat.BAIK, LATE), "another rounding");
        assertNotEquals(base, of(POLICY, 1, A, Predikat.SANGAT_BAIK, LATE), "another predikat");
        assertNotEquals(base, of(POLICY, 1, A, Predikat.BAIK, List.of()), "an event less");
        StaffMember moved = new StaffMember(A.nip(), "A", EmploymentType.PNS, "III/a", null, "Pelaksana", PositionKind.PELAKSANA, 8, "U", null,
                StaffStatus.ACTIVE, 0, 0, null, null);
        assertNotEquals(base, of(POLICY, 1, moved, Predikat.BAIK, LATE), "another class");
    }

    @Test
    void onlyPeopleInServiceByTheMonthArePaid() {
        // NIP digits 9-14: TMT CPNS 2010-01
        assertEquals(true, SlipFigures.inServiceBy(A, java.time.YearMonth.of(2010, 1)));
        assertEquals(true, SlipFigures.inServiceBy(A, java.time.YearMonth.of(2026, 3)));
        assertEquals(false, SlipFigures.inServiceBy(A, java.time.YearMonth.of(2009, 12)), "before the TMT");
    }
}
