package id.kinerja.platform.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.time.CityTime;

/**
 * The city's time zone from {@code etc/id.kinerja.city.cfg}. A change applies at once to every
 * module's clock (the clock reads the zone on each use), without restarting anything; a zone that
 * does not exist is refused in the log and the one in force stays.
 */
@Component(service = CityTime.class, configurationPid = CitySettings.PID)
@Designate(ocd = CitySettings.class)
public class CityTimeImpl implements CityTime {

    private static final Logger LOG = LoggerFactory.getLogger(CityTimeImpl.class);

    private volatile ZoneId zone = ZoneId.of(DEFAULT_ZONE);

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.system(other);
        }

        /** Microseconds, the finest a database keeps (PostgreSQL's TIMESTAMP): what is written is what is read back. */
        @Override
        public Instant instant() {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    };

    @Activate
    public CityTimeImpl(CitySettings settings) {
        modified(settings);
    }

    @Modified
    void modified(CitySettings settings) {
        ZoneId chosen = zoneOf(settings.timeZone());
        if (chosen == null) {
            LOG.error("The city's time zone '{}' does not exist (see the zones listed in etc/id.kinerja.city.cfg): {} stays in force",
                    settings.timeZone(), zone);
            return;
        }
        if (!chosen.equals(zone)) {
            LOG.info("The city's time zone is {}", chosen);
        }
        zone = chosen;
    }

    /** The zone a setting names, {@code null} if none. */
    static ZoneId zoneOf(String text) {
        try {
            return text == null || text.isBlank() ? ZoneId.of(DEFAULT_ZONE) : ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
