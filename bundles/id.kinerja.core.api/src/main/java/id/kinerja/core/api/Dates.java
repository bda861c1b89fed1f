package id.kinerja.core.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Dates, months and instants as the API takes them from callers (query and path parameters, CSV
 * cells): ISO-8601 with four-digit years between {@value #MIN_YEAR} and {@value #MAX_YEAR}, the
 * range every database of the platform stores. Anything else is a 400 naming the field, never a
 * value that fails later in the database. JSON bodies are held to the same range by the REST layer.
 */
public final class Dates {

    /** The first year the platform accepts. */
    public static final int MIN_YEAR = 1900;
    /** The last year the platform accepts. */
    public static final int MAX_YEAR = 2200;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private Dates() {
    }

    /** Whether a year is within the range the platform accepts. */
    public static boolean inRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** An optional date {@code YYYY-MM-DD}: {@code null} for none (null or blank), a 400 {@code INVALID_DATE} naming the field if bad. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (DATE.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value);
                if (inRange(date.getYear())) {
                    return date;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw KinerjaException.badRequest("INVALID_DATE", field, field + ": tanggal TTTT-BB-HH antara tahun " + MIN_YEAR + " dan " + MAX_YEAR,
                field + ": a date YYYY-MM-DD between the years " + MIN_YEAR + " and " + MAX_YEAR);
    }

    /** A required month {@code YYYY-MM}; a 400 {@code INVALID_MONTH} naming the field otherwise. */
    public static YearMonth month(String field, String text) {
        String value = text == null ? "" : text.strip();
        try {
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                if (inRange(month.getYear())) {
                    return month;
                }
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw KinerjaException.badRequest("INVALID_MONTH", field, "Bulan tidak valid: " + value + " (contoh 2026-03)",
                "Invalid month: " + value + " (e.g. 2026-03)");
    }

    /**
     * An optional instant written as a date-time with an offset (W3C, e.g. {@code 2026-11-01T00:00:00+07:00}):
     * {@code null} for none, a 400 {@code INVALID_DATE} naming the field if bad.
     */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (DATE_TIME.matcher(value).matches()) {
                OffsetDateTime time = OffsetDateTime.parse(value);
                if (inRange(time.withOffsetSameInstant(ZoneOffset.UTC).getYear())) {
                    return time.toInstant();
                }
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw KinerjaException.badRequest("INVALID_DATE", field, field + ": tanggal-waktu W3C, mis. 2026-11-01T00:00:00+07:00",
                field + ": a W3C date-time, e.g. 2026-11-01T00:00:00+07:00");
    }
}
