package id.kinerja.complaints.internal;

import java.time.LocalDate;

/** Where a complaint stands against its deadline, in working days of the city's calendar and time zone. */
public record Deadline(LocalDate due, int workingDaysLeft, boolean warning, boolean overdue) {
}
