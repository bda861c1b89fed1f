package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import id.kinerja.rest.internal.ApiServletGuard.Step;

/** When the guard registers the API servlet again, and when it stops. */
class ApiServletGuardTest {

    @Test
    void anAnswerEndsTheChecks() {
        assertEquals(Step.DONE, ApiServletGuard.next(true, 0, 0));
        assertEquals(Step.DONE, ApiServletGuard.next(true, 2, 3));
    }

    @Test
    void renewsAfterThreeMissesInARowAtMostFiveTimes() {
        assertEquals(Step.WAIT, ApiServletGuard.next(false, 0, 0));
        assertEquals(Step.WAIT, ApiServletGuard.next(false, 1, 0));
        assertEquals(Step.RENEW, ApiServletGuard.next(false, 2, 0));
        assertEquals(Step.RENEW, ApiServletGuard.next(false, 2, 4));
        assertEquals(Step.GIVE_UP, ApiServletGuard.next(false, 2, 5));
    }

    @Test
    void onlyTheServletsOwnAnswerCountsNotTheWebServersStarting() {
        assertTrue(ApiServletGuard.servletAnswer(404, "application/json;charset=UTF-8"), "the servlet's own 404 at its root");
        assertFalse(ApiServletGuard.servletAnswer(503, "application/json;charset=UTF-8"), "503 STARTING: nothing mapped at /api");
        assertFalse(ApiServletGuard.servletAnswer(404, "text/html;charset=ISO-8859-1"), "the web server's HTML 404");
    }
}
