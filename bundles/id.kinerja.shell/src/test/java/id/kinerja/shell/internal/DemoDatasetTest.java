package id.kinerja.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.staff.Nip;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.Rank;
import id.kinerja.core.api.staff.StaffMember;

class DemoDatasetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final DemoDataset demo = new DemoDataset(DemoLoadCommand.SEED, TODAY);

    @Test
    void hasAboutTwoHundredStaffWithValidUniqueNips() {
        assertTrue(demo.staff().size() >= 180 && demo.staff().size() <= 260, "size " + demo.staff().size());
        Set<String> nips = new HashSet<>();
        for (StaffMember s : demo.staff()) {
            Nip.parse(s.nip(), s.employmentType(), TODAY);
            Rank.validate(s.employmentType(), s.rank());
            assertTrue(nips.add(s.nip()), "duplicate " + s.nip());
        }
    }

    @Test
    void everyoneButTheTopHasAnExistingSupervisorAndAnExistingUnit() {
        Map<String, StaffMember> byNip = demo.staff().stream().collect(Collectors.toMap(StaffMember::nip, Function.identity()));
        Set<String> unitCodes = demo.units().stream().map(OrgUnit::code).collect(Collectors.toSet());
        long tops = demo.staff().stream().filter(s -> s.supervisorNip() == null).count();

        assertEquals(1, tops);
        for (StaffMember s : demo.staff()) {
            assertTrue(unitCodes.contains(s.unitCode()));
            if (s.supervisorNip() != null) {
                assertTrue(byNip.containsKey(s.supervisorNip()));
            }
        }
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertEquals(demo.staffCsv(), new DemoDataset(DemoLoadCommand.SEED, TODAY).staffCsv());
        assertNull(demo.units().get(0).parentCode());
    }
}
