package id.kinerja.core.api.staff;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of rank, position, unit, supervisor or status. The registry keeps every change; it
 * never overwrites the past.
 *
 * @param kind what changed
 * @param oldValue the value before, {@code null} on creation
 * @param newValue the value after
 * @param effectiveDate from when the change holds (TMT)
 * @param recordedAt when it was recorded
 */
public record StaffHistoryEntry(Kind kind, String oldValue, String newValue, LocalDate effectiveDate,
        Instant recordedAt) {

    /** What a history entry is about. */
    public enum Kind {
        RANK, POSITION, UNIT, SUPERVISOR, STATUS
    }
}
