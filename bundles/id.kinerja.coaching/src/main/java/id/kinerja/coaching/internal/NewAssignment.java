package id.kinerja.coaching.internal;

import java.time.LocalDate;

/** An assignment as sent by the supervisor. */
public record NewAssignment(String coacheeNip, String coachNip, Assignment.Kind kind, String goals, LocalDate startDate, LocalDate endDate) {
}
