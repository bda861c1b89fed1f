package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlowBodiesTest {

    @Test
    void tooSlowOnlyAfterTheGraceAndBelowTheRate() {
        assertFalse(SlowBodies.tooSlow(10, 2_999, 2048), "the first 3 seconds are free");
        assertTrue(SlowBodies.tooSlow(4 * 3, 3_001, 2048), "4 bytes a second");
        assertFalse(SlowBodies.tooSlow(2048 * 10, 10_000, 2048), "exactly the minimum");
        assertTrue(SlowBodies.tooSlow(2047 * 10, 10_000, 2048));
    }
}
