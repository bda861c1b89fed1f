package id.kinerja.staff.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;

class SupervisorChainsTest {

    // head <- kabid <- kasi <- staf
    private final Map<String, String> supervisorOf = Map.of("kabid", "head", "kasi", "kabid", "staf", "kasi");

    @Test
    void aNewSupervisorAboveIsFine() {
        assertDoesNotThrow(() -> SupervisorChains.checkNoCycle("staf", "kabid", supervisorOf::get));
        assertDoesNotThrow(() -> SupervisorChains.checkNoCycle("newcomer", "staf", supervisorOf::get));
    }

    @Test
    void aSubordinateCannotBecomeTheSupervisor() {
        KinerjaException direct = assertThrows(KinerjaException.class,
                () -> SupervisorChains.checkNoCycle("kasi", "staf", supervisorOf::get));
        KinerjaException indirect = assertThrows(KinerjaException.class,
                () -> SupervisorChains.checkNoCycle("head", "staf", supervisorOf::get));

        assertEquals("SUPERVISOR_CYCLE", direct.getCode());
        assertEquals("supervisorNip", indirect.getField());
    }

    @Test
    void anExistingCycleElsewhereDoesNotLoopForever() {
        Map<String, String> broken = Map.of("a", "b", "b", "a");

        assertDoesNotThrow(() -> SupervisorChains.checkNoCycle("x", "a", broken::get));
    }
}
