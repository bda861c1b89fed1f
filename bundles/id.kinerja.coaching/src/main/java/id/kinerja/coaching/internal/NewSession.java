package id.kinerja.coaching.internal;

import java.time.LocalDate;

/** A session as sent. */
public record NewSession(LocalDate startDate, LocalDate endDate, String location, Boolean online, String trainer, Integer capacity) {
}
