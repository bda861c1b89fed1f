package id.kinerja.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.security.Permission;

class RoleStoreTest {

    private static final Map<String, String> KNOWN = Map.of("pay.read", "Membaca slip TPP", "pay.run", "Menjalankan perhitungan TPP");

    @Test
    void aModuleStartingAgainDeclaresNothingNew() {
        assertTrue(RoleStore.knownAlike(KNOWN, List.of(new Permission("pay.read", "Membaca slip TPP", Set.of("ASN")),
                new Permission("pay.run", "Menjalankan perhitungan TPP", Set.of()))));
        assertTrue(RoleStore.knownAlike(KNOWN, List.of()));
    }

    @Test
    void aNewPermissionOrANewDescriptionIsWritten() {
        assertFalse(RoleStore.knownAlike(KNOWN, List.of(new Permission("pay.read", "Membaca slip TPP", Set.of()),
                new Permission("pay.bonus", "Menetapkan bonus", Set.of()))), "pay.bonus is new");
        assertFalse(RoleStore.knownAlike(KNOWN, List.of(new Permission("pay.read", "Membaca slip TPP sendiri", Set.of()))),
                "pay.read is described anew");
    }
}
