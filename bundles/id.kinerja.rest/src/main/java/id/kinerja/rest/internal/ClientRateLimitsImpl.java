package id.kinerja.rest.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.rest.ClientRateLimits;

/**
 * The platform's allowances per purpose and client address, in memory. A purpose whose capacity or
 * window changes (a city's new setting) starts with full allowances. A client that runs out is
 * logged once per purpose while it stays refused, never once per request.
 */
@Component(service = ClientRateLimits.class)
public class ClientRateLimitsImpl implements ClientRateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRateLimitsImpl.class);

    private final Clock clock;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refused = new ConcurrentHashMap<>();

    public ClientRateLimitsImpl() {
        this(Clock.systemUTC());
    }

    ClientRateLimitsImpl(Clock clock) {
        this.clock = clock;
    }

    @Override
    public long acquire(String purpose, String client, int capacity, Duration window) {
        return noted(purpose, client, limiter(purpose, capacity, window).acquire(client));
    }

    @Override
    public long waitSeconds(String purpose, String client, int capacity, Duration window) {
        return noted(purpose, client, limiter(purpose, capacity, window).waitSeconds(client));
    }

    private RateLimiter limiter(String purpose, int capacity, Duration window) {
        return limiters.compute(purpose, (key, limiter) -> limiter != null && limiter.sameShape(capacity, window) ? limiter
                : new RateLimiter(capacity, window, clock));
    }

    private long noted(String purpose, String client, long wait) {
        String key = purpose + " " + client;
        if (wait > 0 && refused.putIfAbsent(key, Boolean.TRUE) == null) {
            if (refused.size() > RateLimiter.FORGET_ABOVE) {
                refused.clear();
            }
            LOG.info("Client {} is over its allowance for {}: refused for now (429)", client, purpose);
        } else if (wait == 0) {
            refused.remove(key);
        }
        return wait;
    }
}
