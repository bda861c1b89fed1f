package id.kinerja.staff.internal.rest;

import java.time.LocalDate;


/** A query parameter holding an ISO date; a bad value is a 400 naming the parameter. */
public final class LocalDateParam {

    private final LocalDate date;

    /** Called by JAX-RS with the raw parameter text. */
    public LocalDateParam(String text) {
        this.date = id.kinerja.core.api.Dates.date("effectiveDate", text);
    }

    static LocalDate value(LocalDateParam param) {
        return param == null ? null : param.date;
    }
}
