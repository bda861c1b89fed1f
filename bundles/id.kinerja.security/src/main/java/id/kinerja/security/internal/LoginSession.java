package id.kinerja.security.internal;

import java.time.Instant;

/** The signed token of a successful login. */
public record LoginSession(String token, Instant expiresAt, boolean mustChangePassword) {
}
