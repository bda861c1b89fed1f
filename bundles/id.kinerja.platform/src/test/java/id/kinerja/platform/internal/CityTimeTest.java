package id.kinerja.platform.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import id.kinerja.core.api.time.CityTime;

class CityTimeTest {

    static CitySettings zone(String zone) {
        return new CitySettings() {
            @Override
            public String timeZone() {
                return zone;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return CitySettings.class;
            }
        };
    }

    @Test
    void theCitysClockFollowsTheSettingWithoutARestartAndKeepsAZoneThatExists() {
        CityTimeImpl city = new CityTimeImpl(zone("Asia/Jakarta"));
        Clock clock = city.clock();
        assertEquals(ZoneId.of("Asia/Jakarta"), clock.getZone());
        city.modified(zone("Asia/Makassar"));
        assertEquals(ZoneId.of("Asia/Makassar"), clock.getZone(), "the clock a module holds sees the change");
        assertEquals(ZoneId.of("Asia/Makassar"), city.zone());
        city.modified(zone("Asia/Sukamaju"));
        assertEquals(ZoneId.of("Asia/Makassar"), city.zone(), "a zone that does not exist is refused");
        city.modified(zone(" "));
        assertEquals(ZoneId.of(CityTime.DEFAULT_ZONE), city.zone(), "nothing said: WIB");
        assertNull(CityTimeImpl.zoneOf("WITA"));
    }

    @Test
    void aWitaCitysDayIsItsOwnNotJakartasNorUtcs() {
        CityTime wita = CityTime.of(Clock.systemUTC().withZone(ZoneId.of("Asia/Makassar")));
        // Friday 2026-11-27, 23:30 WITA: Friday (in UTC it is 15:30 on Friday too, in WIB 22:30)
        assertEquals(LocalDate.of(2026, 11, 27), wita.dateOf(Instant.parse("2026-11-27T15:30:00Z")));
        // Friday 07:30 WITA is Thursday 23:30 in UTC: still Friday for the city
        LocalDate early = wita.dateOf(Instant.parse("2026-11-26T23:30:00Z"));
        assertEquals(DayOfWeek.FRIDAY, early.getDayOfWeek());
        // Saturday 00:30 WITA is Friday 23:30 WIB: Saturday for a WITA city
        assertEquals(DayOfWeek.SATURDAY, wita.dateOf(Instant.parse("2026-11-27T16:30:00Z")).getDayOfWeek());
        assertEquals(Instant.parse("2026-11-26T16:00:00Z"), wita.startOf(LocalDate.of(2026, 11, 27)));
        CityTime fixed = CityTime.of(Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), ZoneId.of("Asia/Makassar")));
        assertEquals(LocalDate.of(2026, 11, 28), fixed.today());
    }
}
