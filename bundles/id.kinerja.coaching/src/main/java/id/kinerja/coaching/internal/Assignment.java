package id.kinerja.coaching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One-to-one coaching or mentoring: a coach, a coachee, goals and meetings with notes. Only the
 * coachee, the coach and the coachee's direct supervisor see it.
 */
public record Assignment(long id, String coacheeNip, String coachNip, Kind kind, String goals, LocalDate startDate, LocalDate endDate,
        Status status, Long proposalId, String createdBy, Instant createdAt, Instant closedAt, List<Meeting> meetings) {

    public enum Kind {
        COACHING, MENTORING
    }

    public enum Status {
        ACTIVE, CLOSED
    }

    public record Meeting(long id, LocalDate date, String notes, String recordedBy, Instant recordedAt) {
    }
}
