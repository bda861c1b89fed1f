package id.kinerja.rest.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import id.kinerja.core.api.Dates;

/**
 * Dates in JSON bodies are held to the years the platform stores ({@link Dates#MIN_YEAR} to
 * {@link Dates#MAX_YEAR}), whatever form they came in ({@code "+999999999-12-31"}, or a number of
 * days such as {@code -2147483649}): outside, the field is refused with a 400 naming it, as a
 * malformed value is, instead of failing in the database.
 */
final class DateRangeModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    DateRangeModule() {
        super("kinerja-date-range");
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
                return yearOf(description.getBeanClass(), null) == null ? deserializer : new InRange(deserializer);
            }
        });
    }

    /** The year of a java.time value (UTC for instants); {@code null} for other types or values. */
    static Integer yearOf(Class<?> type, Object value) {
        if (type == LocalDate.class) {
            return value == null ? 0 : ((LocalDate) value).getYear();
        } else if (type == YearMonth.class) {
            return value == null ? 0 : ((YearMonth) value).getYear();
        } else if (type == LocalDateTime.class) {
            return value == null ? 0 : ((LocalDateTime) value).getYear();
        } else if (type == OffsetDateTime.class) {
            return value == null ? 0 : ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC).getYear();
        } else if (type == ZonedDateTime.class) {
            return value == null ? 0 : ((ZonedDateTime) value).withZoneSameInstant(ZoneOffset.UTC).getYear();
        } else if (type == Instant.class) {
            return value == null ? 0 : ((Instant) value).atOffset(ZoneOffset.UTC).getYear();
        } else if (type == Year.class) {
            return value == null ? 0 : ((Year) value).getValue();
        }
        return null;
    }

    /** Reads the value as before, then refuses a year outside the platform's range. */
    static final class InRange extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        InRange(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            Object value = super.deserialize(parser, context);
            Integer year = value == null ? null : yearOf(value.getClass(), value);
            if (year != null && !Dates.inRange(year)) {
                throw InvalidFormatException.from(parser, "year " + year + " outside " + Dates.MIN_YEAR + ".." + Dates.MAX_YEAR, text,
                        value.getClass());
            }
            return value;
        }
    }
}
