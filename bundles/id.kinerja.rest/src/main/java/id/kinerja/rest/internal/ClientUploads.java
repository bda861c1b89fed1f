package id.kinerja.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Requests with a body (uploads, imports, complaints) from one client address: at most
 * {@code uploadsPerClient} (PID {@code id.kinerja.rest}) in flight at once, each body arriving at
 * least at {@code minBodyBytesPerSecond}, so that a client sending slowly cannot hold the web
 * server's threads. A changed setting applies to the next request.
 */
@Component(service = ClientUploads.class, configurationPid = "id.kinerja.rest")
public class ClientUploads {

    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();
    private volatile int perClient = 4;
    private volatile long minBytesPerSecond = 2048;

    @Activate
    @Modified
    void configure(RestConfig config) {
        perClient = Math.max(1, config.uploadsPerClient());
        minBytesPerSecond = Math.max(0, config.minBodyBytesPerSecond());
    }

    /** The request, its body read no slower than the minimum rate ({@link SlowBodies}). */
    javax.servlet.http.HttpServletRequest guard(javax.servlet.http.HttpServletRequest request) {
        return SlowBodies.guard(request, minBytesPerSecond);
    }

    /** Counts a new upload of {@code client}; false (nothing counted) when it already has its allowance in flight. */
    boolean begin(String client) {
        boolean[] admitted = { false };
        inFlight.compute(client == null ? "" : client, (key, count) -> {
            int now = count == null ? 0 : count;
            admitted[0] = now < perClient;
            return admitted[0] ? now + 1 : count;
        });
        return admitted[0];
    }

    /** The end of an upload that {@link #begin} admitted. */
    void end(String client) {
        inFlight.computeIfPresent(client == null ? "" : client, (key, count) -> count <= 1 ? null : count - 1);
    }
}
