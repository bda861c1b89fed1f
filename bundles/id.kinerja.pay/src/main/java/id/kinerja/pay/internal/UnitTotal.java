package id.kinerja.pay.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Slips and totals of one unit in a run. */
public record UnitTotal(String unitCode, long slips, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {
}
