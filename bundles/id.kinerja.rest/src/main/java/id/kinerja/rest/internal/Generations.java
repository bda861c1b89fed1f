package id.kinerja.rest.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The built containers of the API ({@code T}: a Jersey container): the one new requests go to, and
 * those a newer one replaced, still finishing the requests they have. A replaced container is
 * destroyed when its last request is done; closing lets the running requests finish (for a bounded
 * time) before it destroys what is left. Destroying a Jersey container under a running request
 * would end that request in an empty 500.
 */
final class Generations<T> {

    /** One container and the requests running on it. */
    static final class Generation<T> {
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicBoolean retired = new AtomicBoolean();
        private final AtomicBoolean destroyed = new AtomicBoolean();
        private volatile T container;

        /** Whether a newer generation (or none, the API stopping) serves new requests: this one only finishes its own. */
        boolean retired() {
            return retired.get();
        }

        T container() {
            return container;
        }
    }

    private final Consumer<T> destroy;
    private final Set<Generation<T>> live = ConcurrentHashMap.newKeySet();
    private volatile Generation<T> current;
    private boolean closed;

    /** @param destroy how a container is destroyed once no request runs on it */
    Generations(Consumer<T> destroy) {
        this.destroy = destroy;
    }

    /** A generation to build a container for (the container may ask whether it was retired). */
    Generation<T> next() {
        return new Generation<>();
    }

    /**
     * The container of {@code next} serves new requests from now on; the one it replaces finishes
     * those it has. After {@link #close} the container is destroyed at once and {@code false} returned.
     */
    boolean serve(Generation<T> next, T container) {
        Generation<T> old;
        synchronized (this) {
            if (closed) {
                destroy.accept(container);
                return false;
            }
            next.container = container;
            live.add(next);
            old = current;
            current = next;
        }
        if (old != null) {
            retire(old);
        }
        return true;
    }

    /** Whether a container serves new requests. */
    boolean serving() {
        return current != null;
    }

    /** The generation a request runs on, counted until {@link #release}; {@code null} while none serves. */
    Generation<T> acquire() {
        while (true) {
            Generation<T> generation = current;
            if (generation == null) {
                return null;
            }
            generation.inFlight.incrementAndGet();
            if (!generation.retired.get()) {
                return generation;
            }
            release(generation);
        }
    }

    /** A request acquired on {@code generation} is done. */
    void release(Generation<T> generation) {
        if (generation.inFlight.decrementAndGet() == 0 && generation.retired.get()) {
            destroyOnce(generation);
        }
    }

    /**
     * No container serves new requests any more; the running ones may finish for at most
     * {@code maxMillis}, then every container left is destroyed.
     */
    void close(long maxMillis) {
        Generation<T> last;
        synchronized (this) {
            closed = true;
            last = current;
            current = null;
        }
        if (last != null) {
            retire(last);
        }
        long deadline = System.currentTimeMillis() + maxMillis;
        while (!live.isEmpty() && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Generation<T> generation : List.copyOf(live)) {
            destroyOnce(generation);
        }
    }

    private void retire(Generation<T> generation) {
        generation.retired.set(true);
        if (generation.inFlight.get() == 0) {
            destroyOnce(generation);
        }
    }

    private void destroyOnce(Generation<T> generation) {
        if (generation.destroyed.compareAndSet(false, true)) {
            live.remove(generation);
            destroy.accept(generation.container);
        }
    }
}
