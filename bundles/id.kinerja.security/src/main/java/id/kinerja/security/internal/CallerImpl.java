package id.kinerja.security.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.Roles;
import id.kinerja.core.api.staff.StaffMember;

/**
 * The caller of one request. The roles derived from the registry (supervisor, unit head) are found
 * only when a check needs them, at most once per request.
 */
final class CallerImpl implements Caller {

    /** What the caller needs from the registry. */
    interface Registry {
        boolean hasSubordinates(String nip);

        /** The units {@code member} heads, each with the units below; empty if none. */
        Set<String> headedUnits(StaffMember member);

        /** The NIPs of the supervisor chain above {@code nip}. */
        Set<String> chainAbove(String nip);

        /** The unit of a staff member, {@code null} if unknown. */
        String unitOf(String nip);
    }

    private final StaffMember member;
    private final Set<String> assigned;
    private final boolean mustChangePassword;
    private final Registry registry;
    private final BiPredicate<Set<String>, String> holds;
    private Set<String> roles;
    private Set<String> headedUnits;

    /**
     * @param member the caller, {@code null} for an anonymous one
     * @param holds for a set of roles, whether they hold a permission
     */
    CallerImpl(StaffMember member, Set<String> assigned, boolean mustChangePassword, Registry registry,
            BiPredicate<Set<String>, String> holds) {
        this.member = member;
        this.assigned = assigned;
        this.mustChangePassword = mustChangePassword;
        this.registry = registry;
        this.holds = holds;
    }

    static CallerImpl anonymous(BiPredicate<Set<String>, String> holds) {
        return new CallerImpl(null, Set.of(), false, null, holds);
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public String getName() {
        return member == null ? "anonymous" : member.nip();
    }

    @Override
    public String nip() {
        return member == null ? null : member.nip();
    }

    @Override
    public synchronized Set<String> roles() {
        if (roles == null) {
            Set<String> all = new HashSet<>(assigned);
            all.add(Roles.PUBLIC);
            if (member != null) {
                all.add(Roles.STAFF);
                if (registry.hasSubordinates(member.nip())) {
                    all.add(Roles.SUPERVISOR);
                }
                if (!headedUnits().isEmpty()) {
                    all.add(Roles.UNIT_HEAD);
                }
            }
            roles = Set.copyOf(all);
        }
        return roles;
    }

    @Override
    public boolean has(String permission) {
        // the cheap roles first: most endpoints are granted to everybody or to all staff
        Set<String> cheap = new HashSet<>(assigned);
        cheap.add(Roles.PUBLIC);
        if (member != null) {
            cheap.add(Roles.STAFF);
        }
        return holds.test(cheap, permission) || member != null && holds.test(roles(), permission);
    }

    @Override
    public synchronized Set<String> headedUnits() {
        if (headedUnits == null) {
            headedUnits = member == null ? Set.of() : Set.copyOf(registry.headedUnits(member));
        }
        return headedUnits;
    }

    @Override
    public boolean mayRead(String nip, String readAllPermission) {
        if (member == null || nip == null) {
            return false;
        }
        if (nip.equals(member.nip()) || has(readAllPermission) || registry.chainAbove(nip).contains(member.nip())) {
            return true;
        }
        Set<String> units = headedUnits();
        String unit = units.isEmpty() ? null : registry.unitOf(nip);
        return unit != null && units.contains(unit);
    }

    @Override
    public void requireRead(String nip, String readAllPermission) {
        if (member == null) {
            throw KinerjaException.unauthenticated("LOGIN_REQUIRED", "Masuk dulu (Authorization: Bearer <token>)",
                    "Log in first (Authorization: Bearer <token>)");
        }
        if (!mayRead(nip, readAllPermission)) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", "nip", "Anda tidak berwenang melihat data pegawai " + nip,
                    "You may not see the records of " + nip);
        }
    }

    @Override
    public String toString() {
        return "Caller[" + getName() + "]";
    }
}
