package id.kinerja.staff.internal.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import id.kinerja.core.api.KinerjaException;

/** A query parameter holding an ISO date; a bad value is a 400 naming the parameter. */
public final class LocalDateParam {

    private final LocalDate date;

    /** Called by JAX-RS with the raw parameter text. */
    public LocalDateParam(String text) {
        try {
            this.date = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw KinerjaException.badRequest("INVALID_DATE", "effectiveDate",
                    "Tanggal harus berformat TTTT-BB-HH", "The date must be formatted YYYY-MM-DD");
        }
    }

    static LocalDate value(LocalDateParam param) {
        return param == null ? null : param.date;
    }
}
