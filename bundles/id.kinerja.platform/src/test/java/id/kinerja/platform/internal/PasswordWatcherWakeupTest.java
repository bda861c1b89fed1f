package id.kinerja.platform.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordWatcherWakeupTest {

    /** A watcher shaped as Karaf's: polls while its flag is up, an interrupt only ends a poll. */
    private static final class Watcher extends Thread {
        private final Path folder;
        volatile boolean running = true;
        volatile int interrupted;

        Watcher(String name, Path folder) {
            super(name);
            this.folder = folder;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (WatchService watchService = FileSystems.getDefault().newWatchService()) {
                folder.register(watchService, StandardWatchEventKinds.ENTRY_MODIFY);
                while (running) {
                    try {
                        // a poll far longer than the test waits for the watcher: only an interrupt ends it in time
                        watchService.poll(10, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        interrupted++;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void theWatcherEndsAsSoonAsItsFlagIsDownAndNotBefore(@TempDir Path etc) throws Exception {
        Watcher watcher = new Watcher(PasswordWatcherWakeup.WATCHER_PREFIX + "1-thread-1", etc);
        Watcher other = new Watcher("another-thread", etc);
        watcher.start();
        other.start();
        Thread.sleep(100);
        Thread waker = PasswordWatcherWakeup.wake(t -> t.getName().startsWith(PasswordWatcherWakeup.WATCHER_PREFIX), 20, 60_000);
        Thread.sleep(300);
        assertTrue(watcher.isAlive(), "its flag is still up: interrupted, it polls again");
        assertTrue(watcher.interrupted > 1, "interrupted again and again while the bundle has not stopped it");
        watcher.running = false; // the JAAS bundle stops
        watcher.join(30_000);
        assertFalse(watcher.isAlive(), "ended by the next interrupt, not by its poll's end");
        waker.join(30_000);
        assertFalse(waker.isAlive(), "nothing left to wake: the waker ends too");
        assertTrue(other.isAlive() && other.interrupted == 0, "another thread is left alone");
        other.running = false;
        other.interrupt();
    }
}
