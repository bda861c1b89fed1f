package id.kinerja.core.api.security;

import java.security.Principal;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import id.kinerja.core.api.KinerjaException;

/**
 * The person calling the API, as the REST layer authenticated them: handed to resource methods as
 * the user principal of the JAX-RS {@code SecurityContext} (use {@link #of(Principal)}).
 */
@ProviderType
public interface Caller extends Principal {

    /** The caller's NIP; {@code null} for an anonymous caller. */
    String nip();

    /** Whether the caller presented a valid token. */
    default boolean authenticated() {
        return nip() != null;
    }

    /**
     * The NIP of the person acting, for a service where only a signed-in person acts; a 401
     * {@code LOGIN_REQUIRED} for an anonymous caller.
     */
    default String actingNip() {
        if (!authenticated()) {
            throw KinerjaException.unauthenticated("LOGIN_REQUIRED", "Masuk dulu (Authorization: Bearer <token>)",
                    "Log in first (Authorization: Bearer <token>)");
        }
        return nip();
    }

    /** The caller's roles, derived ones included; {@link Roles#PUBLIC} always. */
    Set<String> roles();

    /** Whether one of the caller's roles holds the permission. */
    boolean has(String permission);

    /**
     * Whether the caller may read the records of a staff member: their own, those of the people
     * below them in the supervisor chain, those of the staff of the units they head (with the units
     * below), or anybody's if they hold {@code readAllPermission}.
     */
    boolean mayRead(String nip, String readAllPermission);

    /**
     * {@link #mayRead} or a {@link id.kinerja.core.api.KinerjaException} (403
     * {@code OUT_OF_SCOPE}, or 401 for an anonymous caller).
     */
    void requireRead(String nip, String readAllPermission);

    /** The codes of the units the caller heads, each with the units below it; empty if none. */
    Set<String> headedUnits();

    /**
     * A unit's records: for the head of the unit (or of a unit above it) or whoever holds
     * {@code readAllPermission}; otherwise a 403 {@code OUT_OF_SCOPE} naming {@code field}, the
     * parameter that chose the unit ({@code unitCode} missing or blank included).
     */
    default void requireUnit(String unitCode, String readAllPermission, String field) {
        if (has(readAllPermission)) {
            return;
        }
        if (unitCode == null || !headedUnits().contains(unitCode.strip())) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", field, "Pilih unit kerja yang Anda pimpin (" + field + ")",
                    "Choose a unit you head (" + field + ")");
        }
    }

    /** The caller of a request: the principal of its {@code SecurityContext}. */
    static Caller of(Principal principal) {
        if (principal instanceof Caller caller) {
            return caller;
        }
        throw new IllegalStateException("no Kinerja caller on this request: " + principal);
    }
}
