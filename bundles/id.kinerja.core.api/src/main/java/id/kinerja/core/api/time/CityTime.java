package id.kinerja.core.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The city's time: its time zone (WIB {@code Asia/Jakarta}, WITA {@code Asia/Makassar}, WIT
 * {@code Asia/Jayapura}), one setting of the platform that every module reads, so that "today", the
 * end of a month, deadlines in working days and a day's boundaries in logs are the city's.
 * <p>
 * Take it as an OSGi service ({@code @Reference CityTime}); {@link #clock()} follows a change of
 * the setting without a restart. Tests and tools make one from a clock with {@link #of(Clock)}.
 */
@ProviderType
public interface CityTime {

    /** The zone of a city that says nothing: WIB, where most cities are. */
    String DEFAULT_ZONE = "Asia/Jakarta";

    /** The city's time zone. */
    ZoneId zone();

    /** The current instant, in the city's zone. */
    Clock clock();

    /** Today in the city. */
    default LocalDate today() {
        return LocalDate.now(clock());
    }

    /** The city's day of an instant (a complaint received at 23:30 WITA on a Friday is Friday's). */
    default LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** The first instant of a day in the city. */
    default Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** A city time that reads this clock (its zone is the city's): for tests and tools. */
    static CityTime of(Clock clock) {
        return new CityTime() {
            @Override
            public ZoneId zone() {
                return clock.getZone();
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
    }
}
