package id.kinerja.inovasi.api;

import java.time.LocalDate;

/** One note of a staff member's work: the day, what was done and the minutes it took. */
public record Note(long id, String nip, LocalDate date, String description, int minutes) {
}
