package id.kinerja.inovasi.api;

import java.time.LocalDate;

/** What was agreed at a meeting, who does it and by when; {@code doneOn} and {@code doneNote} once done. */
public record FollowUp(long id, long meetingId, String description, String ownerNip, LocalDate dueDate, FollowUpStatus status,
        LocalDate doneOn, String doneNote) {

    /** Done after its due date, or still open past it on {@code today}. */
    public boolean lateOn(LocalDate today) {
        return status == FollowUpStatus.DONE ? doneOn.isAfter(dueDate) : today.isAfter(dueDate);
    }
}
