package id.kinerja.pay.internal;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The bonuses of a year and their total. */
public record YearlyBonus(int year, String policyName, List<Bonus> items, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total) {
}
