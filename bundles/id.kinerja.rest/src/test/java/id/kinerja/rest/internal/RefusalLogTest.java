package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.kinerja.testing.MovableClock;

class RefusalLogTest {

    @Test
    void atMostSoManyLinesAMinuteThenOneLineForTheRest() {
        MovableClock clock = new MovableClock("2026-11-30T08:00:00Z");
        RefusalLog log = new RefusalLog(clock);
        for (int i = 0; i < RefusalLog.LINES_PER_MINUTE; i++) {
            assertEquals("", log.admit());
        }
        for (int i = 0; i < 1000; i++) {
            assertNull(log.admit(), "a flood is counted, not logged");
        }
        clock.advance(Duration.ofMinutes(1));
        assertEquals("1000 more refused requests were not logged in the minute before", log.admit());
        assertEquals("", log.admit());
    }
}
