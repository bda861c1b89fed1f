package id.kinerja.complaints.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed allowance of requests per client in a sliding time window (token bucket refilled evenly):
 * the public intake stays open to citizens and closed to floods. In memory, per process.
 */
public final class RateLimiter {

    private record Bucket(double tokens, Instant at) {
    }

    private final int capacity;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, Duration window, Clock clock) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("capacity >= 1 and a positive window are needed");
        }
        this.capacity = capacity;
        this.window = window;
        this.clock = clock;
    }

    /** Takes one request of {@code client}'s allowance; 0 when allowed, otherwise the seconds to wait. */
    public long acquire(String client) {
        Instant now = clock.instant();
        long[] wait = { 0 };
        buckets.compute(client, (key, bucket) -> {
            double refill = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + (double) Duration.between(bucket.at(), now).toMillis() * capacity / window.toMillis());
            if (refill >= 1) {
                return new Bucket(refill - 1, now);
            }
            wait[0] = Math.max(1, (long) Math.ceil((1 - refill) * window.toSeconds() / capacity));
            return new Bucket(refill, now);
        });
        if (buckets.size() > 100_000) {
            // forget clients whose allowance is full again
            buckets.entrySet().removeIf(e -> Duration.between(e.getValue().at(), now).compareTo(window) > 0);
        }
        return wait[0];
    }
}
