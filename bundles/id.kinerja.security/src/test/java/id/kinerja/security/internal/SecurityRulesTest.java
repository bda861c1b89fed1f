package id.kinerja.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.kinerja.testing.MovableClock;

class SecurityRulesTest {

    /** A clock the test moves. */
    @Test
    void passwordsAreSaltedArgon2id() {
        PasswordHasher hasher = new PasswordHasher();
        String one = hasher.hash("Rahasia-Kota-2026");
        String two = hasher.hash("Rahasia-Kota-2026");
        assertTrue(one.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), one);
        assertNotEquals(one, two, "a new salt each time");
        assertFalse(one.contains("Rahasia"));
        assertTrue(hasher.matches("Rahasia-Kota-2026", one));
        assertTrue(hasher.matches("Rahasia-Kota-2026", two));
        assertFalse(hasher.matches("rahasia-kota-2026", one));
        assertFalse(hasher.matches("", one));
        assertFalse(hasher.matches("Rahasia-Kota-2026", "$2a$10$notargon"), "a malformed or foreign hash never matches");
        assertFalse(hasher.matches("Rahasia-Kota-2026", one.replace("t=2", "t=3")), "the parameters are part of the hash");
    }

    @Test
    void lockoutAfterRepeatedFailures() {
        Lockout lockout = new Lockout(3, Duration.ofMinutes(15));
        Instant now = Instant.parse("2026-11-23T01:00:00Z");
        Lockout.After first = lockout.failed(0, null, now);
        assertEquals(1, first.failures());
        assertNull(first.lockedUntil());
        assertNull(lockout.failed(1, now, now).lockedUntil());
        Lockout.After third = lockout.failed(2, now, now);
        assertEquals(now.plus(Duration.ofMinutes(15)), third.lockedUntil());
        assertEquals(0, third.failures(), "the count starts again after the lock");
        assertTrue(lockout.isLocked(third.lockedUntil(), now.plus(Duration.ofMinutes(14))));
        assertFalse(lockout.isLocked(third.lockedUntil(), now.plus(Duration.ofMinutes(15))));
        assertFalse(lockout.isLocked(null, now));
        assertEquals(1, lockout.failed(2, now, now.plus(Duration.ofMinutes(16))).failures(), "an old failure no longer counts");
    }

    @Test
    void tokensCarryTheAccountsTokenVersion() {
        MovableClock clock = new MovableClock("2026-11-23T01:00:00Z");
        byte[] key = new byte[32];
        Tokens tokens = new Tokens(key, Duration.ofMinutes(30), clock);
        assertEquals(0, tokens.verify(tokens.issue("198501012010011001", false).token()).orElseThrow().version());
        assertEquals(7, tokens.verify(tokens.issue("198501012010011001", false, 7).token()).orElseThrow().version());
    }

    @Test
    void tokensAreSignedAndExpire() {
        MovableClock clock = new MovableClock("2026-11-23T01:00:00Z");
        byte[] key = new byte[32];
        key[0] = 7;
        Tokens tokens = new Tokens(key, Duration.ofMinutes(30), clock);
        Tokens.Issued issued = tokens.issue("198501012010011001", false);
        assertEquals(3, issued.token().split("\\.").length, "a JWT");
        assertEquals(clock.instant().plus(Duration.ofMinutes(30)), issued.expiresAt());
        assertEquals("198501012010011001", tokens.verify(issued.token()).orElseThrow().nip());
        assertFalse(tokens.verify(issued.token()).orElseThrow().mustChangePassword());
        assertTrue(tokens.verify(tokens.issue("198501012010011001", true).token()).orElseThrow().mustChangePassword(),
                "the token of a temporary password says so");
        assertTrue(tokens.verify("Bearer " + issued.token()).isEmpty());
        // another key, a changed payload, garbage: refused
        byte[] other = key.clone();
        other[0] = 8;
        assertTrue(new Tokens(other, Duration.ofMinutes(30), clock).verify(issued.token()).isEmpty());
        String[] parts = issued.token().split("\\.");
        String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"197001011990031001\",\"iat\":0,\"exp\":9999999999}".getBytes()) + "." + parts[2];
        assertTrue(tokens.verify(forged).isEmpty());
        assertTrue(tokens.verify("abc").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(tokens.verify(issued.token()).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(tokens.verify(issued.token()).isEmpty(), "expired after 30 minutes");
        assertThrows(IllegalArgumentException.class, () -> new Tokens(new byte[16], Duration.ofMinutes(30), clock));
    }
}
