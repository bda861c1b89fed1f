package id.kinerja.pay.internal;

import java.time.LocalDate;

/** One attendance event of a month, as the city's attendance system reports it. */
public record DisciplineEvent(String nip, LocalDate date, Kind kind, int minutes, String note) {

    public enum Kind {
        /** arrived late by {@code minutes} */
        LATE,
        /** left early by {@code minutes} */
        EARLY_LEAVE,
        /** a working day absent without notice */
        ABSENT,
        /** approved leave: never deducted */
        LEAVE
    }
}
