package id.kinerja.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class DeparturesTest {

    @Path("/v1/units")
    static class Units {
    }

    @Path("v1/coaching/people/{nip}/")
    static class People {
    }

    final AtomicLong now = new AtomicLong(1_000);
    final AtomicBoolean installed = new AtomicBoolean(true);
    final Departures departures = new Departures(now::get, type -> installed.get());

    @Test
    void aResourceAwayWhileItsBundleStaysIsAwayAtAndBelowItsPathOnly() {
        assertFalse(departures.away("/v1/units"));
        departures.departed(new Units());
        assertTrue(departures.away("/v1/units"));
        assertTrue(departures.away("/v1/units/DUKCAPIL/head"));
        assertFalse(departures.away("/v1/unitsx"));
        assertFalse(departures.away("/v1/staff"));
        departures.served(List.of(new Units()), departures.mark());
        assertFalse(departures.away("/v1/units"), "served again");
    }

    @Test
    void aResourceThatDepartedAfterTheListWasTakenStaysAway() {
        long mark = departures.mark();
        departures.departed(new Units());
        departures.served(List.of(new Units()), mark);
        assertTrue(departures.away("/v1/units"), "the API built from the older list still had it");
    }

    @Test
    void aTemplateSegmentStandsForAnyOneSegment() {
        departures.departed(new People());
        assertTrue(departures.away("/v1/coaching/people/199207062019031077"));
        assertTrue(departures.away("/v1/coaching/people/199207062019031077/plans/2026"));
        assertFalse(departures.away("/v1/coaching/people"));
    }

    @Test
    void anUninstalledBundleOrALongAbsenceIsForgotten() {
        departures.departed(new Units());
        installed.set(false);
        assertFalse(departures.away("/v1/units"), "uninstalled: 404 is the truth");
        installed.set(true);
        departures.departed(new Units());
        now.addAndGet(Departures.FORGET_AFTER_MILLIS + 1);
        assertFalse(departures.away("/v1/units"));
    }
}
