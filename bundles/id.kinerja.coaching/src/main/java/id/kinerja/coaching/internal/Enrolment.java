package id.kinerja.coaching.internal;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A person's place in a session: nominated, then approved into a seat or onto the waiting list
 * (or rejected), attended day by day, and completed (learning hours credited) or not.
 */
public record Enrolment(long id, long sessionId, long programId, String programTitle, String nip, Status status, String nominatedBy,
        Instant nominatedAt, String decidedBy, Instant decidedAt, String reason, int daysPresent, int sessionDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal score, String certificateNumber, Instant completedAt, int creditedHours,
        Integer creditYear, Long proposalId) {

    public enum Status {
        NOMINATED, ENROLLED, WAITLISTED, REJECTED, WITHDRAWN, COMPLETED, NOT_COMPLETED;

        /** Holds a seat or a place in the queue. */
        public boolean isActive() {
            return this == NOMINATED || this == ENROLLED || this == WAITLISTED;
        }
    }
}
