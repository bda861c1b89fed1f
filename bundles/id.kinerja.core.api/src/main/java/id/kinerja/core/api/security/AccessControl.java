package id.kinerja.core.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Authenticates API callers and keeps the log of writes; provided by the security module, used by
 * the REST layer for every request.
 */
@ProviderType
public interface AccessControl {

    /**
     * The caller of a request from its {@code Authorization} header: anonymous (role
     * {@link Roles#PUBLIC} only) when there is none, the token's owner with their roles otherwise.
     *
     * @throws id.kinerja.core.api.KinerjaException 401 for a forged, expired or revoked token
     */
    Caller authenticate(String authorization);

    /**
     * Whether the permission is one a module declared and the caller must change their password
     * first ({@code true} refuses the request).
     */
    boolean passwordChangeRequired(Caller caller, String permission);

    /** Keeps who wrote what and when: every request that is not a read, with its answer's status. */
    void recordWrite(Caller caller, String method, String path, int status, String client);

    /**
     * The staff members a permission reaches through the roles assigned to them (not the derived
     * roles such as a supervisor's or a unit head's, which follow from the registry): whom to tell
     * that work waits for whoever holds it, e.g. a pay run to approve.
     *
     * @since 1.3
     */
    java.util.Set<String> holdersOf(String permission);

    /**
     * A token for a staff member, for platform code running inside the container on an
     * administrator's behalf (console commands, benchmarks): it never leaves the machine. Logged.
     */
    String issueToken(String nip, String purpose);

    /**
     * The caller a console command acts as: an administrator acting for a named staff member, with
     * that person's roles and permissions, logged as such ({@link #issueToken}).
     *
     * @throws id.kinerja.core.api.KinerjaException when no such staff member may sign in
     */
    default Caller actAs(String nip, String purpose) {
        return authenticate("Bearer " + issueToken(nip, purpose));
    }
}
