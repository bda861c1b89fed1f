package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.kinerja.testing.MovableClock;

class RateLimiterTest {

    /** A clock the test moves. */
    @Test
    void allowancePerClientRefillsEvenly() {
        MovableClock clock = new MovableClock("2026-11-30T08:00:00Z");
        RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), clock);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        long wait = limiter.acquire("10.0.0.1");
        assertTrue(wait > 0 && wait <= 1200, "the fourth within the hour waits for a third of it: " + wait);
        assertEquals(0, limiter.acquire("10.0.0.2"), "another client has its own allowance");
        clock.advance(Duration.ofMinutes(20));
        assertEquals(0, limiter.acquire("10.0.0.1"), "20 minutes refill one request");
        assertTrue(limiter.acquire("10.0.0.1") > 0);
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("10.0.0.1"), "never more than the capacity after a long pause");
        }
        assertTrue(limiter.acquire("10.0.0.1") > 0);
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofHours(1), clock));
    }

    @Test
    void waitingTakesNothing() {
        MovableClock clock = new MovableClock("2026-11-30T08:00:00Z");
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(10), clock);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.waitSeconds("10.0.0.1"));
        }
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(300, limiter.waitSeconds("10.0.0.1"), "one request of two per 10 minutes: 5 minutes");
        clock.advance(Duration.ofSeconds(300));
        assertEquals(0, limiter.waitSeconds("10.0.0.1"));
    }

    @Test
    void purposesHaveTheirOwnAllowances() {
        ClientRateLimitsImpl limits = new ClientRateLimitsImpl(new MovableClock("2026-11-30T08:00:00Z"));
        assertEquals(0, limits.acquire("a", "10.0.0.1", 1, Duration.ofMinutes(1)));
        assertTrue(limits.acquire("a", "10.0.0.1", 1, Duration.ofMinutes(1)) > 0);
        assertEquals(0, limits.acquire("b", "10.0.0.1", 1, Duration.ofMinutes(1)));
        assertEquals(0, limits.acquire("a", "10.0.0.1", 5, Duration.ofMinutes(1)), "a changed setting starts afresh");
    }
}
