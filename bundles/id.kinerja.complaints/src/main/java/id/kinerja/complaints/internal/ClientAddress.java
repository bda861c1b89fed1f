package id.kinerja.complaints.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The address a public request came from, for the rate limit: the connection's address, or, when
 * that is one of the city's own reverse proxies, the nearest address before them in
 * {@code X-Forwarded-For} (a client cannot make itself a new address by sending that header).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (remoteAddress == null || !trustedProxies.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remoteAddress;
    }
}
