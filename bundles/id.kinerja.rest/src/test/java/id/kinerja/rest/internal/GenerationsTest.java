package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GenerationsTest {

    private final List<String> destroyed = new CopyOnWriteArrayList<>();
    private final Generations<String> generations = new Generations<>(destroyed::add);

    private Generations.Generation<String> serve(String container) {
        Generations.Generation<String> next = generations.next();
        assertTrue(generations.serve(next, container));
        return next;
    }

    @Test
    void aReplacedContainerFinishesItsRequestsBeforeItIsDestroyed() {
        serve("first");
        Generations.Generation<String> running = generations.acquire();
        assertEquals("first", running.container());
        serve("second");
        assertTrue(running.retired());
        assertEquals(List.of(), destroyed, "destroyed under a running request");
        assertEquals("second", generations.acquire().container());
        generations.release(running);
        assertEquals(List.of("first"), destroyed);
    }

    @Test
    void aReplacedContainerWithoutRequestsIsDestroyedAtOnce() {
        serve("first");
        serve("second");
        assertEquals(List.of("first"), destroyed);
    }

    @Test
    void closingWaitsForTheRunningRequestThenDestroysAll() throws Exception {
        serve("first");
        Generations.Generation<String> onFirst = generations.acquire();
        serve("second");
        Generations.Generation<String> onSecond = generations.acquire();
        CountDownLatch closed = new CountDownLatch(1);
        Thread stopping = new Thread(() -> {
            generations.close(10_000);
            closed.countDown();
        });
        stopping.start();
        assertFalse(closed.await(200, TimeUnit.MILLISECONDS), "close returned while requests ran");
        assertNull(generations.acquire(), "a new request was served after close");
        assertFalse(generations.serving());
        generations.release(onFirst);
        generations.release(onSecond);
        assertTrue(closed.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("first", "second"), destroyed);
    }

    @Test
    void closingGivesUpWaitingAfterItsTime() {
        serve("first");
        generations.acquire(); // never released: a request stuck in a module
        long start = System.nanoTime();
        generations.close(300);
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300));
        assertEquals(List.of("first"), destroyed);
    }

    @Test
    void aContainerBuiltAfterCloseIsDestroyedAndNeverServes() {
        generations.close(0);
        Generations.Generation<String> late = generations.next();
        assertFalse(generations.serve(late, "late"));
        assertEquals(List.of("late"), destroyed);
        assertNull(generations.acquire());
    }

    @Test
    void eachContainerIsDestroyedOnce() {
        Generations.Generation<String> first = serve("first");
        Generations.Generation<String> a = generations.acquire();
        Generations.Generation<String> b = generations.acquire();
        assertSame(first, a);
        serve("second");
        generations.release(a);
        generations.release(b);
        generations.close(0);
        assertEquals(List.of("first", "second"), destroyed);
    }
}
