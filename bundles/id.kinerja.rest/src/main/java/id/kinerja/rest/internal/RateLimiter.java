package id.kinerja.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed allowance of requests per client in a sliding time window (token bucket refilled evenly):
 * a public endpoint stays open to people and closed to floods. In memory, per process; clients
 * whose allowance is full again are forgotten when many are kept.
 */
final class RateLimiter {

    static final int FORGET_ABOVE = 100_000;

    private record Bucket(double tokens, Instant at) {
    }

    private final int capacity;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int capacity, Duration window, Clock clock) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("capacity >= 1 and a positive window are needed");
        }
        this.capacity = capacity;
        this.window = window;
        this.clock = clock;
    }

    /** Takes one request of {@code client}'s allowance; 0 when allowed, otherwise the seconds to wait (nothing taken). */
    long acquire(String client) {
        return take(client, true);
    }

    /** The seconds {@code client} has to wait for its next request; 0 if it would be admitted now. Takes nothing. */
    long waitSeconds(String client) {
        return take(client, false);
    }

    private long take(String client, boolean consume) {
        Instant now = clock.instant();
        long[] wait = { 0 };
        buckets.compute(client == null ? "" : client, (key, bucket) -> {
            double refill = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + (double) Duration.between(bucket.at(), now).toMillis() * capacity / window.toMillis());
            if (refill >= 1) {
                return new Bucket(consume ? refill - 1 : refill, now);
            }
            wait[0] = Math.max(1, (long) Math.ceil((1 - refill) * window.toMillis() / 1000.0 / capacity));
            return new Bucket(refill, now);
        });
        if (buckets.size() > FORGET_ABOVE) {
            buckets.entrySet().removeIf(e -> Duration.between(e.getValue().at(), now).compareTo(window) > 0);
        }
        return wait[0];
    }

    boolean sameShape(int otherCapacity, Duration otherWindow) {
        return capacity == otherCapacity && window.equals(otherWindow);
    }
}
