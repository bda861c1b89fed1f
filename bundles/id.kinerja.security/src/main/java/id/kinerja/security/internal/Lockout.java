package id.kinerja.security.internal;

import java.time.Duration;
import java.time.Instant;

/** Repeated failed logins lock an account for a while; a success clears the count. */
record Lockout(int maxFailures, Duration lockFor) {

    /** The state after a failed attempt: the new count, and until when the account is locked (or null). */
    record After(int failures, Instant lockedUntil) {
    }

    boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    After failed(int failuresBefore, Instant now) {
        int failures = failuresBefore + 1;
        return failures >= maxFailures ? new After(0, now.plus(lockFor)) : new After(failures, null);
    }
}
