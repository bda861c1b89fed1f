package id.kinerja.core.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.KinerjaException;

class CallerTest {

    /** The head of DUKCAPIL (and so of its sections), holding only the permissions given. */
    static Caller head(String... permissions) {
        return new Caller() {
            @Override
            public String getName() {
                return nip();
            }

            @Override
            public String nip() {
                return "197802012012031076";
            }

            @Override
            public Set<String> roles() {
                return Set.of(Roles.PUBLIC);
            }

            @Override
            public boolean has(String permission) {
                return Set.of(permissions).contains(permission);
            }

            @Override
            public boolean mayRead(String nip, String readAllPermission) {
                return false;
            }

            @Override
            public void requireRead(String nip, String readAllPermission) {
                // not used here
            }

            @Override
            public Set<String> headedUnits() {
                return Set.of("DUKCAPIL", "DUKCAPIL-PENDAFTARAN");
            }
        };
    }

    @Test
    void aUnitHeadReadsTheUnitsTheyHeadOnly() {
        head().requireUnit("DUKCAPIL-PENDAFTARAN", "x.read.all", "unitCode");
        head().requireUnit(" DUKCAPIL ", "x.read.all", "unitCode");
        KinerjaException other = assertThrows(KinerjaException.class, () -> head().requireUnit("BKPSDM", "x.read.all", "unitCode"));
        assertEquals(KinerjaException.Kind.FORBIDDEN, other.getKind());
        assertEquals("OUT_OF_SCOPE", other.getCode());
        assertEquals("unitCode", other.getField());
        assertEquals("OUT_OF_SCOPE", assertThrows(KinerjaException.class, () -> head().requireUnit(null, "x.read.all", "code")).getCode());
    }

    @Test
    void whoeverReadsAllReadsEveryUnitAndNone() {
        head("x.read.all").requireUnit("BKPSDM", "x.read.all", "unitCode");
        head("x.read.all").requireUnit(null, "x.read.all", "unitCode");
    }
}
