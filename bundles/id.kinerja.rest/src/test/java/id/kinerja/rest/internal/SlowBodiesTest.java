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

    @Test
    void aClientsSlownessOrSilenceIsRefusedNotAFaultOfOurs() {
        org.junit.jupiter.api.Assertions.assertEquals(408, UnexpectedExceptionMapper.webServerRefusal(
                new javax.ws.rs.ProcessingException(new SlowBodies.TooSlow(12, 3_500))));
        org.junit.jupiter.api.Assertions.assertEquals(408, UnexpectedExceptionMapper.webServerRefusal(
                new java.io.IOException(new java.util.concurrent.TimeoutException("Idle timeout expired: 3000/3000 ms"))));
        org.junit.jupiter.api.Assertions.assertEquals(0, UnexpectedExceptionMapper.webServerRefusal(new IllegalStateException("a bug")));
    }
}
