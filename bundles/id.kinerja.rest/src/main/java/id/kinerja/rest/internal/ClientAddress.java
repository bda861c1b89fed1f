package id.kinerja.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The address a request came from: the connection's address, or, when that is one of the city's own
 * reverse proxies (setting {@code trustedProxies}, PID {@code id.kinerja.rest}), the nearest address
 * before them in {@code X-Forwarded-For} (a client cannot make itself a new address by sending that
 * header). A changed setting applies to the next request.
 */
@Component(service = ClientAddress.class, configurationPid = "id.kinerja.rest")
@Designate(ocd = RestConfig.class)
public class ClientAddress {

    private volatile Set<String> trustedProxies = Set.of();

    @Activate
    @Modified
    void configure(RestConfig config) {
        trustedProxies = Arrays.stream(config.trustedProxies().split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The address of the request's client. */
    String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
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
