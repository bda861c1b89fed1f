package id.kinerja.appraisal.api;

import java.math.BigDecimal;
import java.time.Instant;

/** The realisation of one indicator in one month, against its target, as the owner reports it. */
public record Realisation(long indicatorId, Period period, BigDecimal value, String note, Instant recordedAt) {
}
