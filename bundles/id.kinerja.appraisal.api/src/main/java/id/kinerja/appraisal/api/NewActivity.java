package id.kinerja.appraisal.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An activity as the owner logs it; {@code outputCount} may be {@code null}. */
public record NewActivity(Long workResultId, LocalDate date, String description, Integer minutesSpent, BigDecimal outputCount) {
}
