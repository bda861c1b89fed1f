package id.kinerja.platform.internal;

import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * When the platform shuts down, wakes Karaf's watcher of {@code etc/users.properties}, so that a stop (and
 * a restart's downtime) does not wait for it.
 * <p>
 * With JAAS encryption on ({@code etc/org.apache.karaf.jaas.cfg}: the administrators' passwords kept as
 * digests), Karaf's JAAS bundle ({@code org.apache.karaf.jaas.modules}) watches {@code etc/} for a password
 * typed into {@code users.properties}, in a thread of its own ({@code encryption-…}) that polls with a
 * timeout of one second. Stopping the bundle lowers the watcher's flag and waits until the poll has ended:
 * half a second of every stop on average, a whole one at worst. The watcher takes an interrupt as the end
 * of its poll (its code ignores it, "as this happens on shutdown") and then looks at its flag. So once the
 * framework is stopping, this component interrupts those threads every {@value #EVERY_MILLIS} ms from a
 * daemon thread until they have ended (for {@value #AT_MOST_MILLIS} ms at most): the first interrupt after
 * the JAAS bundle lowered the flag ends the watcher; one before only makes it poll again. The bundles of
 * the platform stop before Karaf's own (their start level is higher), so the daemon is running by then.
 * A restart of this bundle alone, with the framework running, does nothing.
 */
@Component(service = {}, immediate = true)
public class PasswordWatcherWakeup {

    /** The name Karaf's JAAS bundle gives its watcher's thread ({@code ThreadUtils.namedThreadFactory("encryption")}). */
    static final String WATCHER_PREFIX = "encryption-";
    static final long EVERY_MILLIS = 20;
    static final long AT_MOST_MILLIS = 10_000;

    private Bundle systemBundle;

    @Activate
    void activate(BundleContext context) {
        systemBundle = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
    }

    @Deactivate
    void deactivate() {
        if (systemBundle != null && systemBundle.getState() == Bundle.STOPPING) {
            wake(thread -> thread.getName().startsWith(WATCHER_PREFIX), EVERY_MILLIS, AT_MOST_MILLIS);
        }
    }

    /**
     * Interrupts the threads that {@code which} names (those living now) every {@code everyMillis}, until
     * they have ended or {@code atMostMillis} have passed, from a daemon thread of its own (returned, started).
     */
    static Thread wake(Predicate<Thread> which, long everyMillis, long atMostMillis) {
        List<Thread> watchers = Thread.getAllStackTraces().keySet().stream().filter(which).toList();
        Thread waker = new Thread(() -> {
            long until = System.nanoTime() + atMostMillis * 1_000_000;
            while (System.nanoTime() < until && watchers.stream().anyMatch(Thread::isAlive)) {
                watchers.forEach(Thread::interrupt);
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "kinerja-password-watcher-wakeup");
        waker.setDaemon(true);
        waker.start();
        return waker;
    }
}
