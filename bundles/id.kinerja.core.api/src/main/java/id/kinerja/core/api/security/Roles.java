package id.kinerja.core.api.security;

/**
 * The roles every city has. A city may add roles of its own (data of the security module); these
 * cannot be removed. {@link #PUBLIC}, {@link #STAFF}, {@link #SUPERVISOR} and {@link #UNIT_HEAD}
 * are derived for each request, never assigned; the others are assigned to staff members by an
 * administrator.
 */
public final class Roles {

    /** Anybody, with or without a token: citizens filing complaints, logging in. */
    public static final String PUBLIC = "PUBLIC";
    /** Every employed staff member with a valid token: their own data. */
    public static final String STAFF = "STAFF";
    /** Derived from the registry: has direct subordinates, rates them, reads the chain below. */
    public static final String SUPERVISOR = "SUPERVISOR";
    /** Derived from the registry: heads an organisation unit (their supervisor works outside it). */
    public static final String UNIT_HEAD = "UNIT_HEAD";
    /** BKPSDM: registry, imports, calibration, objections, approval of pay runs. */
    public static final String PERSONNEL_OFFICER = "PERSONNEL_OFFICER";
    /** The treasury (BPKAD): reads closed pay runs and their exports. */
    public static final String TREASURY = "TREASURY";
    /** Administers the platform: modules, configuration, roles. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private Roles() {
    }
}
