package id.kinerja.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.security.Roles;
import id.kinerja.core.api.staff.EmploymentType;
import id.kinerja.core.api.staff.PositionKind;
import id.kinerja.core.api.staff.StaffMember;

/** Who a caller is and whose records they may read. */
class CallerImplTest {

    // DINAS: HEAD heads it; SUP reports to HEAD, STAFF to SUP; OTHER works in LAIN
    static final String HEAD = "197501012000031001";
    static final String SUP = "198002022005011002";
    static final String STAFF = "199003032015032003";
    static final String OTHER = "199105052016031005";

    /** Grants: staff read their records, officers read everybody's. */
    static final Map<String, Set<String>> GRANTS = Map.of(Roles.PUBLIC, Set.of("auth.login"), Roles.STAFF, Set.of("staff.read"),
            Roles.SUPERVISOR, Set.of("coaching.nominate"), Roles.PERSONNEL_OFFICER, Set.of("staff.read.all"));
    static final BiPredicate<Set<String>, String> HOLDS = (roles, permission) -> roles.stream()
            .anyMatch(r -> GRANTS.getOrDefault(r, Set.of()).contains(permission));

    /** The registry of the test, counting what it is asked. */
    static final class Registry implements CallerImpl.Registry {
        final List<String> asked = new ArrayList<>();

        @Override
        public boolean hasSubordinates(String nip) {
            asked.add("subordinates " + nip);
            return nip.equals(HEAD) || nip.equals(SUP);
        }

        @Override
        public Set<String> headedUnits(StaffMember member) {
            asked.add("headed " + member.nip());
            return member.nip().equals(HEAD) ? Set.of("DINAS", "DINAS-1") : Set.of();
        }

        @Override
        public Set<String> chainAbove(String nip) {
            return switch (nip) {
                case STAFF -> Set.of(SUP, HEAD);
                case SUP -> Set.of(HEAD);
                default -> Set.of();
            };
        }

        @Override
        public String unitOf(String nip) {
            return nip.equals(OTHER) ? "LAIN" : "DINAS-1";
        }
    }

    static StaffMember member(String nip) {
        return new StaffMember(nip, "Pegawai", EmploymentType.PNS, "III/a", null, "Pelaksana", PositionKind.PELAKSANA, 7, "DINAS-1", null,
                null, null, null, null, null);
    }

    static CallerImpl caller(String nip, Registry registry, String... assigned) {
        return new CallerImpl(member(nip), Set.of(assigned), false, registry, HOLDS);
    }

    @Test
    void derivedRolesComeFromTheRegistryOnlyWhenACheckNeedsThem() {
        Registry registry = new Registry();
        CallerImpl staff = caller(STAFF, registry);
        assertTrue(staff.has("staff.read"));
        assertTrue(staff.has("auth.login"));
        assertTrue(registry.asked.isEmpty(), "a permission of every staff member asks the registry nothing: " + registry.asked);
        assertFalse(staff.has("coaching.nominate"));
        assertEquals(Set.of(Roles.PUBLIC, Roles.STAFF), staff.roles());
        assertEquals(Set.of(Roles.PUBLIC, Roles.STAFF, Roles.SUPERVISOR, Roles.UNIT_HEAD), caller(HEAD, registry).roles());
        assertEquals(Set.of(Roles.PUBLIC, Roles.STAFF, Roles.SUPERVISOR), caller(SUP, registry).roles());
        assertTrue(caller(SUP, registry).has("coaching.nominate"));
    }

    @Test
    void eachReadsTheirOwnTheChainBelowAndTheirUnits() {
        Registry registry = new Registry();
        assertTrue(caller(STAFF, registry).mayRead(STAFF, "staff.read.all"), "one's own");
        assertFalse(caller(STAFF, registry).mayRead(SUP, "staff.read.all"), "not one's supervisor's");
        assertTrue(caller(SUP, registry).mayRead(STAFF, "staff.read.all"), "a direct subordinate");
        assertTrue(caller(HEAD, registry).mayRead(STAFF, "staff.read.all"), "the chain below");
        assertFalse(caller(SUP, registry).mayRead(OTHER, "staff.read.all"), "nobody of another unit");
        assertFalse(caller(HEAD, registry).mayRead(OTHER, "staff.read.all"), "a unit head not another unit");
        assertTrue(caller(STAFF, registry, Roles.PERSONNEL_OFFICER).mayRead(OTHER, "staff.read.all"), "the registry's officer everybody");
        assertFalse(caller(STAFF, registry, Roles.PERSONNEL_OFFICER).mayRead(OTHER, "pay.read.all"), "but only with the module's permission");
    }

    @Test
    void aRefusalSaysWhy() {
        Registry registry = new Registry();
        KinerjaException outOfScope = assertThrows(KinerjaException.class, () -> caller(SUP, registry).requireRead(OTHER, "staff.read.all"));
        assertEquals(KinerjaException.Kind.FORBIDDEN, outOfScope.getKind());
        assertEquals("OUT_OF_SCOPE", outOfScope.getCode());
        CallerImpl anonymous = CallerImpl.anonymous(HOLDS);
        assertFalse(anonymous.authenticated());
        assertEquals(Set.of(Roles.PUBLIC), anonymous.roles());
        assertTrue(anonymous.has("auth.login"));
        assertFalse(anonymous.has("staff.read"));
        assertEquals(KinerjaException.Kind.UNAUTHENTICATED,
                assertThrows(KinerjaException.class, () -> anonymous.requireRead(STAFF, "staff.read.all")).getKind());
    }
}
