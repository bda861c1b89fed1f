package id.kinerja.appraisal.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

import id.kinerja.core.api.KinerjaException;

/**
 * An evaluation period: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}) or the whole year
 * ({@code 2026}, the annual evaluation).
 */
public record Period(int year, Kind kind, int number) implements Comparable<Period> {

    public enum Kind {
        MONTH, QUARTER, YEAR
    }

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?");

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new IllegalArgumentException(kind + " number out of range: " + number);
        }
    }

    public static Period month(int year, int month) {
        return new Period(year, Kind.MONTH, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Kind.QUARTER, quarter);
    }

    public static Period annual(int year) {
        return new Period(year, Kind.YEAR, 1);
    }

    /** Parses {@code 2026-03}, {@code 2026-Q1} or {@code 2026}; a BAD_REQUEST error otherwise. */
    @JsonCreator
    public static Period parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m != null && m.matches()) {
            try {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) != null) {
                    return month(year, Integer.parseInt(m.group(2)));
                }
                if (m.group(3) != null) {
                    return quarter(year, Integer.parseInt(m.group(3)));
                }
                return annual(year);
            } catch (IllegalArgumentException e) {
                // falls through to the error below
            }
        }
        throw KinerjaException.badRequest("INVALID_PERIOD", "period",
                "Periode tidak valid: " + text + " (contoh: 2026-03, 2026-Q1, 2026)",
                "Invalid period: " + text + " (examples: 2026-03, 2026-Q1, 2026)");
    }

    @JsonIgnore
    public boolean isAnnual() {
        return kind == Kind.YEAR;
    }

    public LocalDate firstDay() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    public LocalDate lastDay() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = lastDay().compareTo(other.lastDay());
        return byEnd != 0 ? byEnd : Integer.compare(kind.ordinal(), other.kind.ordinal());
    }

    /** The text form, also the JSON form: {@code 2026-03}, {@code 2026-Q1} or {@code 2026}. */
    @JsonValue
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }
}
