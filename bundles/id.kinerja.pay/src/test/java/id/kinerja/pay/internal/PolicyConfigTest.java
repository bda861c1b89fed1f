package id.kinerja.pay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.kinerja.appraisal.api.Predikat;

class PolicyConfigTest {

    /** A configuration with the annotation's defaults, some of them replaced. */
    static PolicyConfig config(Map<String, String> values) {
        return (PolicyConfig) Proxy.newProxyInstance(PolicyConfig.class.getClassLoader(), new Class<?>[] { PolicyConfig.class },
                (proxy, method, args) -> values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue());
    }

    @Test
    void theDocumentedDefaultIsAValidPolicy() {
        PayPolicy policy = PayPolicy.of(config(Map.of()));
        assertEquals(YearMonth.of(2026, 1), policy.effectiveFrom());
        assertEquals(new BigDecimal("3350000"), policy.base(9));
        assertEquals(new BigDecimal("10000000"), policy.base(17));
        assertEquals(0, new BigDecimal("75").compareTo(policy.predikatPercent().get(Predikat.BUTUH_PERBAIKAN)));
    }

    @Test
    void aWrongSettingIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PayPolicy.of(config(Map.of("name", "Perwali 2027", "baseByClass", "1000000, 2000000"))));
        assertTrue(e.getMessage().contains("Perwali 2027") && e.getMessage().contains("17 position classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PayPolicy.of(config(Map.of("effectiveFrom", "Januari"))));
        assertThrows(IllegalArgumentException.class, () -> PayPolicy.of(config(Map.of("predikatPercent", "BAIK:100"))));
    }
}
