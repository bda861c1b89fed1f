package id.kinerja.core.api.rest;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Allowances of requests per client address, kept by the platform (an OSGi service), so that public
 * and unauthenticated endpoints stay open to people and closed to floods. An allowance is a bucket
 * of {@code capacity} requests refilled evenly over {@code window}, one bucket per purpose (e.g.
 * {@code "auth.failures"}, {@code "complaints.intake"}) and client. The client is the address the
 * REST layer worked out for the request ({@link RestResource#CLIENT_ADDRESS_ATTRIBUTE}). In memory,
 * per node.
 * <p>
 * Refuse with {@code KinerjaException.tooManyRequests(code, seconds, ...)}: HTTP 429 with
 * {@code Retry-After}.
 */
@ProviderType
public interface ClientRateLimits {

    /** Takes one request of the client's allowance: 0 when admitted, otherwise the seconds to wait (nothing taken). */
    long acquire(String purpose, String client, int capacity, Duration window);

    /** The seconds the client has to wait before its next request would be admitted; 0 if now. Takes nothing. */
    long waitSeconds(String purpose, String client, int capacity, Duration window);
}
