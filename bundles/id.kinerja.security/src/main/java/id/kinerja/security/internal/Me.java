package id.kinerja.security.internal;

import java.time.Instant;
import java.util.Set;

/**
 * Who a valid token belongs to, with their roles (derived ones included) and the codes of the
 * units they head, each with the units below it (what a unit head's lists are limited to).
 */
public record Me(String nip, String fullName, String unitCode, Instant expiresAt, Set<String> roles, Set<String> headedUnits) {
}
