package id.kinerja.rest.internal;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.ws.rs.Path;

/**
 * The REST resources that went away while their bundle stayed installed: a bundle restarting
 * ({@code bundle:restart}, an update), or one whose services wait for another that restarts. A
 * request to such a resource's path is told 503 {@code MODULE_UNAVAILABLE} (try again) instead of
 * 404, until the resource is served again, its bundle is uninstalled (then 404 is the truth), or
 * {@link #FORGET_AFTER_MILLIS} have passed.
 */
final class Departures {

    static final long FORGET_AFTER_MILLIS = 120_000;

    private record Departure(Pattern path, Class<?> type, long at, long sequence) {
    }

    private final Map<String, Departure> departed = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();
    private final LongSupplier clock;
    private final Predicate<Class<?>> stillInstalled;

    /**
     * @param stillInstalled whether the bundle of a resource class is still installed (stopped,
     *        restarting or waiting included)
     */
    Departures(LongSupplier clock, Predicate<Class<?>> stillInstalled) {
        this.clock = clock;
        this.stillInstalled = stillInstalled;
    }

    /** A resource stopped being served. */
    void departed(Object resource) {
        String root = rootOf(resource.getClass());
        if (root != null) {
            departed.put(root, new Departure(pattern(root), resource.getClass(), clock.getAsLong(), sequence.incrementAndGet()));
        }
    }

    /** Where the departures stand: taken with the list of resources an API is built from. */
    long mark() {
        return sequence.get();
    }

    /**
     * These resources, listed at {@code mark}, are served (again). A resource that departed after the
     * list was taken stays away: the API just built still had it, the next one will not.
     */
    void served(Collection<?> resources, long mark) {
        for (Object resource : resources) {
            String root = rootOf(resource.getClass());
            if (root != null) {
                departed.computeIfPresent(root, (path, departure) -> departure.sequence() <= mark ? null : departure);
            }
        }
    }

    /** Whether a path below the API's root belongs to a resource that is away and expected back. */
    boolean away(String path) {
        if (departed.isEmpty() || path == null) {
            return false;
        }
        long now = clock.getAsLong();
        for (Map.Entry<String, Departure> entry : departed.entrySet()) {
            Departure departure = entry.getValue();
            if (now - departure.at() > FORGET_AFTER_MILLIS || !stillInstalled.test(departure.type())) {
                departed.remove(entry.getKey());
            } else if (departure.path().matcher(path).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A resource class's root path, {@code /v1/units}; {@code null} without {@code @Path}. */
    static String rootOf(Class<?> type) {
        Path path = type.getAnnotation(Path.class);
        if (path == null) {
            return null;
        }
        String value = path.value().startsWith("/") ? path.value() : "/" + path.value();
        return value.length() > 1 && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    /** The paths at and below a root; a template segment ({@code {nip}}) stands for any one segment. */
    static Pattern pattern(String root) {
        StringBuilder regex = new StringBuilder();
        for (String part : root.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "(/.*)?");
    }
}
