package id.kinerja.core.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * A permission a module declares.
 *
 * @param code stable code, lower case with dots, module first: {@code "pay.run.approve"}
 * @param description what it allows, in Bahasa Indonesia (shown to administrators)
 * @param defaultRoles the roles that get it when the platform first sees it (codes of {@link Roles}
 *            or of roles a city created); after that the grants are the city's data and are never
 *            reset by an update
 */
public record Permission(String code, String description, Set<String> defaultRoles) {

    public Permission {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+") || code.length() > 80) {
            throw new IllegalArgumentException("a permission code is lower case with dots, module first: " + code);
        }
        Objects.requireNonNull(description, "description");
        defaultRoles = Set.copyOf(defaultRoles);
    }

    /** A permission with its default roles. */
    public static Permission of(String code, String description, String... defaultRoles) {
        return new Permission(code, description, Set.of(defaultRoles));
    }
}
