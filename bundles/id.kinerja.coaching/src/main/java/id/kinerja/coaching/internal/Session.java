package id.kinerja.coaching.internal;

import java.time.LocalDate;

/** A session of a programme: dates, place (or online), trainer and seats, with how many are taken. */
public record Session(long id, long programId, String programTitle, LocalDate startDate, LocalDate endDate, String location,
        boolean online, String trainer, int capacity, long enrolled, long waitlisted) {
}
