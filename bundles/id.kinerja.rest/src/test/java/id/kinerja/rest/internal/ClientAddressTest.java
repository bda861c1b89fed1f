package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void theConnectionUnlessItIsATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "1.2.3.4", PROXY), "a client's own header is ignored");
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", null, Set.of()));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7", PROXY));
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7", PROXY),
                "the nearest hop before the proxy: what the client put first is not believed");
        assertEquals("198.51.100.7", ClientAddress.of("10.0.0.5", "198.51.100.7, 10.0.0.5", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "", PROXY));
    }
}
