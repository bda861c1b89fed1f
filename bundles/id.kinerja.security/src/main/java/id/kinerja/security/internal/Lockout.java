package id.kinerja.security.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Repeated failed logins of one account from one client address lock that account for that address
 * for a while; a success clears the count, and so does a pause as long as the lock.
 */
record Lockout(int maxFailures, Duration lockFor) {

    /** The state after a failed attempt: the new count, and until when the account is locked (or null). */
    record After(int failures, Instant lockedUntil) {
    }

    boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** After a failure at {@code now}; {@code lastFailure} is the one before (or null). */
    After failed(int failuresBefore, Instant lastFailure, Instant now) {
        int failures = (lastFailure == null || lastFailure.plus(lockFor).isBefore(now) ? 0 : failuresBefore) + 1;
        return failures >= maxFailures ? new After(0, now.plus(lockFor)) : new After(failures, null);
    }
}
