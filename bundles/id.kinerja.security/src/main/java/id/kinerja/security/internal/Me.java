package id.kinerja.security.internal;

import java.time.Instant;

/** Who a valid token belongs to, with their roles (derived ones included). */
public record Me(String nip, String fullName, String unitCode, Instant expiresAt, java.util.Set<String> roles) {
}
